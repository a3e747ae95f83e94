using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Tables;

/// <summary>
/// Joins the grids of a table's continuation pages: header rows that a continuation page repeats are kept
/// once, widths are padded to the widest page.
/// </summary>
internal static partial class GridStitcher
{
    private const int MaxUnknownHeaderRows = 3;

    public static ReconstructedGrid Stitch(IReadOnlyList<PageGrid> pages)
    {
        var rows = new List<List<string>>();
        var used = new List<int>();
        var headerCount = 0;
        List<List<string>>? header = null;
        foreach (var page in pages)
        {
            var pageRows = page.Rows;
            var skip = 0;
            if (header is null)
            {
                // Without a numeric row the header length is unknown; a few leading rows serve as the pattern.
                header = pageRows.Take(page.HeaderRowCount > 0 ? page.HeaderRowCount : MaxUnknownHeaderRows).ToList();
                headerCount = page.HeaderRowCount;
            }
            else
            {
                skip = RepeatedHeaderLength(header, pageRows);
            }

            if (pageRows.Count > skip)
            {
                rows.AddRange(pageRows.Skip(skip));
                used.Add(page.PageNumber);
            }
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        foreach (var row in rows)
        {
            row.AddRange(Enumerable.Repeat("", width - row.Count));
        }

        return new ReconstructedGrid(rows, headerCount, used);
    }

    // The leading rows of a continuation page that repeat the first page's header, compared without whitespace.
    private static int RepeatedHeaderLength(List<List<string>> header, List<List<string>> rows)
    {
        var n = 0;
        while (n < header.Count && n < rows.Count && Key(header[n]) == Key(rows[n]))
        {
            n++;
        }

        return n;
    }

    private static string Key(List<string> row) => WhitespacePattern().Replace(string.Join("|", row), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
