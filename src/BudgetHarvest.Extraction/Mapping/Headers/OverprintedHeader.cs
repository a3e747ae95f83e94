namespace BudgetHarvest.Extraction.Mapping.Headers;

/// <summary>
/// A header printed in fake bold (each glyph drawn twice, a hair apart) reads <c>序序号号</c>; the grid
/// should carry what the page shows, <c>序号</c>. One doubled cell could be a word, so the header is
/// read as overprinted only when most of its cells are: then every overprinted cell is read once.
/// </summary>
public static class OverprintedHeader
{
    /// <summary>The least share of the header's multi-glyph cells that must be overprinted.</summary>
    private const double MinOverprintedShare = 0.6;

    /// <summary>The fewest overprinted cells that make a header overprinted (one could be a doubled word).</summary>
    private const int MinOverprintedCells = 2;

    /// <summary>The most leading rows taken as header when the grid stage recognised none.</summary>
    private const int MaxUnknownHeaderRows = 4;

    /// <summary>Reads the overprinted cells of the grid's header rows once, in place.</summary>
    public static void ReadOnce(List<List<string>> grid, int headerRows)
    {
        var rows = headerRows > 0
            ? grid.Take(headerRows).ToList()
            : grid.Take(MaxUnknownHeaderRows).TakeWhile(r => !r.Exists(c => c.Any(char.IsAsciiDigit))).ToList();
        var cells = rows.SelectMany(r => r).Where(c => c.Trim().Length >= 2).ToList();
        var overprinted = cells.Count(IsOverprinted);
        if (overprinted < MinOverprintedCells || overprinted < MinOverprintedShare * cells.Count)
        {
            return;
        }

        foreach (var row in rows)
        {
            for (var j = 0; j < row.Count; j++)
            {
                if (IsOverprinted(row[j]))
                {
                    row[j] = HeaderText.Undouble(LabelText.Compact(row[j]));
                }
            }
        }
    }

    private static bool IsOverprinted(string cell)
    {
        var compact = LabelText.Compact(cell);
        return compact.Length >= 2 && HeaderText.Undouble(compact).Length < compact.Length;
    }
}
