namespace BudgetHarvest.Extraction.Tables;

/// <summary>The grid of one logical table as printed: header rows once, one string per column, merged cells' text at their top-left.</summary>
public sealed class ReconstructedGrid
{
    /// <summary>Creates a grid.</summary>
    public ReconstructedGrid(List<List<string>> rows, int headerRowCount, IReadOnlyList<int> pagesUsed)
    {
        Rows = rows;
        HeaderRowCount = headerRowCount;
        PagesUsed = pagesUsed;
    }

    /// <summary>The printed rows, every row padded to the same width; "" for empty or covered cells.</summary>
    public List<List<string>> Rows { get; }

    /// <summary>How many leading rows are column headers (0 when the table has no recognisable header).</summary>
    public int HeaderRowCount { get; }

    /// <summary>1-based numbers of the pages that actually held rows of the table.</summary>
    public IReadOnlyList<int> PagesUsed { get; }

    /// <summary>
    /// True when some page's columns came from text alignment alone (no drawn rules to confirm them):
    /// its column splits and row merges are a guess the identities should referee.
    /// </summary>
    public bool ReadByAlignment { get; init; }

    /// <summary>Number of columns (0 for an empty grid).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows[0].Count;

    /// <summary>An empty grid (no rows found).</summary>
    public static ReconstructedGrid Empty { get; } = new([], 0, []);
}
