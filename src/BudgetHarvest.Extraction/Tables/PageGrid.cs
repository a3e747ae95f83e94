namespace BudgetHarvest.Extraction.Tables;

/// <summary>The grid read from one segment, before continuation pages are stitched together.</summary>
internal sealed record PageGrid(int PageNumber, List<List<string>> Rows, int HeaderRowCount, string Strategy)
{
    /// <summary>Where the grid's columns were printed (empty when unknown).</summary>
    public PageColumns Columns { get; init; } = PageColumns.None;

    public static PageGrid Empty(int page) => new(page, [], 0, "none");
}
