using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Corrections;

/// <summary>
/// Maps a table's grid again, as another kind: the seam through which the warehouse re-maps a table a
/// reviewer re-typed without depending on the extraction stage, which implements it.
/// </summary>
public interface ITableRemapper
{
    /// <summary>The issues mapping <paramref name="table"/>'s grid as its own kind raises (unmapped_*, unparsed_cell), without changing it.</summary>
    IReadOnlyList<ExtractionIssue> MappingIssues(BudgetTable table);

    /// <summary>
    /// Makes <paramref name="table"/> a <paramref name="kind"/> table: its kind, its facets (funding,
    /// spending, row_key) for that kind, and its rows and meta mapped again from its grid.
    /// </summary>
    /// <returns>The issues the new mapping raises.</returns>
    IReadOnlyList<ExtractionIssue> Remap(BudgetTable table, TableKind kind);
}
