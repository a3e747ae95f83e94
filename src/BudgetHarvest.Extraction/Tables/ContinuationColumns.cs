namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Puts a continuation page read with fewer columns than the first page back onto the first page's columns
/// by position. A page drops the columns nobody wrote into, so a continuation page whose leading or spacer
/// columns are empty there (the rest of a cell spanning rows, a merged 指标内容 pair) would otherwise shift
/// its text left by as many columns.
/// </summary>
internal static class ContinuationColumns
{
    /// <summary>The page's rows on the first page's columns, or null when the places do not say which is which.</summary>
    public static List<List<string>>? Place(PageGrid first, PageGrid page)
    {
        var width = first.Columns.Count;
        if (page.Rows.Count == 0 || first.Rows.Count == 0 || width != first.Rows[0].Count
            || page.Columns.Count != page.Rows[0].Count || page.Columns.Count >= width)
        {
            return null;
        }

        var map = new int[page.Columns.Count];
        for (var c = 0; c < map.Length; c++)
        {
            var target = IndexHolding(first.Columns, page.Columns[c].TextCenter);
            if (target < 0 || (c > 0 && target <= map[c - 1]))
            {
                return null;
            }

            map[c] = target;
        }

        var placed = new List<List<string>>(page.Rows.Count);
        foreach (var row in page.Rows)
        {
            var cells = Enumerable.Repeat("", width).ToList();
            for (var c = 0; c < row.Count && c < map.Length; c++)
            {
                cells[map[c]] = row[c];
            }

            placed.Add(cells);
        }

        return placed;
    }

    // The outer columns reach to the page edges: text a hair outside the first page's outer borders is theirs.
    private static int IndexHolding(IReadOnlyList<ColumnPlace> columns, double x)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var place = columns[i];
            if ((i == 0 || x >= place.Left) && (i == columns.Count - 1 || x <= place.Right))
            {
                return i;
            }
        }

        return -1;
    }
}
