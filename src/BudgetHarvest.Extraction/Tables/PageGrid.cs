namespace BudgetHarvest.Extraction.Tables;

/// <summary>The grid read from one segment, before continuation pages are stitched together.</summary>
internal sealed record PageGrid(int PageNumber, List<List<string>> Rows, int HeaderRowCount, string Strategy)
{
    /// <summary>Where each column of <see cref="Rows"/> sits on the page (empty when unknown).</summary>
    public IReadOnlyList<ColumnPlace> Columns { get; init; } = [];

    public static PageGrid Empty(int page) => new(page, [], 0, "none");
}
