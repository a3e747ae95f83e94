namespace BudgetHarvest.Extraction.Tables;

/// <summary>Turns the page regions of one logical table into its printed grid.</summary>
public interface ITableGridReader
{
    /// <summary>Reads the table held by <paramref name="segments"/> (consecutive pages of one table, first page first).</summary>
    ReconstructedGrid Read(IReadOnlyList<TableSegment> segments);
}
