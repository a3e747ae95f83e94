using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Families;

/// <summary>What a table holds: its kind and the facets that apply to it (null where one does not).</summary>
public sealed record TableType(TableKind Kind, FundingSource? Funding, SpendingScope? Spending, RowKeyKind? RowKey)
{
    /// <summary>A table nothing is known of.</summary>
    public static TableType Other { get; } = new(TableKind.Other, null, null, null);
}
