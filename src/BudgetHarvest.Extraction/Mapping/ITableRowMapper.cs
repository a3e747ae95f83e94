using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>Maps the reconstructed grid of one kind of table to the rows of its standard schema.</summary>
public interface ITableRowMapper
{
    /// <summary>The kind of table this mapper understands.</summary>
    TableKind Kind { get; }

    /// <summary>
    /// Maps <see cref="BudgetTable.Grid"/> (reading <see cref="BudgetTable.Title"/>,
    /// <see cref="BudgetTable.Measure"/> and <see cref="BudgetTable.Number"/> for context) to rows.
    /// The table itself is not modified.
    /// </summary>
    MappingResult Map(BudgetTable table);
}
