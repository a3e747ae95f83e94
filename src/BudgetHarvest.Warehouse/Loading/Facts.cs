using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Loading;

/// <summary>A table of a document, with its 1-based position (the number may be missing or repeated).</summary>
internal sealed record TableFact(long DocumentId, short Ordinal, BudgetTable Table)
{
    /// <summary>Whether a reviewer's correction changed the table.</summary>
    public bool Corrected { get; init; }
}

/// <summary>The labels of one mapped row, shared by every amount of the row.</summary>
internal sealed record RowLabels(string? Code, string? Name, string? Parent, string? Panel, string? GovCode, string? GovName, string? Label, string? Description);

/// <summary>One printed amount cell: the fact analysts sum.</summary>
internal sealed record BudgetLine(TableFact Table, int RowNumber, RowLabels Labels, string ColumnKey, decimal? AmountPrinted, decimal? AmountYuan)
{
    /// <summary>The printed header of an amount kept in the row's <c>extra</c> (its column mapped to no key); null otherwise.</summary>
    public string? ExtraHeader { get; init; }

    /// <summary>Whether a reviewer's correction changed the line (its cell, its column's key, or its table's kind or number).</summary>
    public bool Corrected { get; init; }
}

internal sealed record SectionFact(long DocumentId, short Ordinal, NarrativeSection Section);

internal sealed record IssueFact(long DocumentId, int Ordinal, ExtractionIssue Issue);

/// <summary>One indicator line of a 绩效目标表.</summary>
internal sealed record IndicatorFact(TableFact Table, int RowNumber, TableRow Row);

/// <summary>The project header of a 绩效目标表, its funds already in yuan.</summary>
internal sealed record ProjectFact(TableFact Table, PerformanceMeta Meta, decimal? FundsTotalYuan, decimal? FundsFiscalYuan, decimal? FundsOtherYuan);

/// <summary>One line of a 政府采购预算表, its amount already in yuan.</summary>
internal sealed record ProcurementFact(TableFact Table, int RowNumber, TableRow Row, decimal? AmountYuan);
