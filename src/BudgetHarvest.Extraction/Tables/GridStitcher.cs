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
        PageGrid? first = null;
        foreach (var page in pages)
        {
            var pageRows = page.Rows;
            var skip = 0;
            if (header is null)
            {
                // Without a numeric row the header length is unknown; a few leading rows serve as the pattern.
                header = pageRows.Take(page.HeaderRowCount > 0 ? page.HeaderRowCount : MaxUnknownHeaderRows).ToList();
                headerCount = page.HeaderRowCount;
                first = page;
            }
            else
            {
                pageRows = AlignToHeader(header, pageRows) ?? ContinuationColumns.Place(first!, page) ?? pageRows;
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

        WrappedCellJoiner.Join(rows, headerCount);
        return new ReconstructedGrid(rows, headerCount, used)
        {
            ReadByAlignment = pages.Any(p => p.Strategy == nameof(AlignmentColumnDetector) && p.Rows.Count > 0),
        };
    }

    // A continuation page that repeats the header word for word but was read with a different number of
    // columns (a spurious border, a column missed) is put back onto the first page's columns: the header
    // texts say which column is which, and a column without header text belongs to the one before it.
    private static List<List<string>>? AlignToHeader(List<List<string>> header, List<List<string>> rows)
    {
        if (header.Count == 0 || rows.Count < header.Count || rows[0].Count == header[0].Count)
        {
            return null;
        }

        var width = header[0].Count;
        var map = new int?[rows[0].Count];
        for (var i = 0; i < header.Count; i++)
        {
            var first = Filled(header[i]);
            var again = Filled(rows[i]);
            if (!first.Select(c => c.Key).SequenceEqual(again.Select(c => c.Key)))
            {
                return null;
            }

            foreach (var (target, source) in first.Zip(again))
            {
                if (map[source.Column] is { } known && known != target.Column)
                {
                    return null;
                }

                map[source.Column] = target.Column;
            }
        }

        for (var c = 0; c < map.Length; c++)
        {
            map[c] ??= c == 0 ? 0 : map[c - 1];
        }

        var aligned = new List<List<string>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = Enumerable.Repeat("", width).ToList();
            for (var c = 0; c < row.Count; c++)
            {
                var target = Math.Min(map[c]!.Value, width - 1);
                cells[target] += row[c];
            }

            aligned.Add(cells);
        }

        return aligned;
    }

    private static List<(int Column, string Key)> Filled(List<string> row) =>
        [.. row.Select((text, column) => (Column: column, Key: WhitespacePattern().Replace(text, ""))).Where(c => c.Key.Length > 0)];

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
