using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Puts header cells back over the columns they head, for reading the header only (the grid is unchanged).
/// Without drawn rules a column's position comes from text alignment, and a heading centred over a
/// wide column can land apart from its values: two sub-headings read as one cell (<c>科目编码科目名称</c>)
/// over two columns of values, or a heading over a column left empty beside a column of values with
/// no heading at all. Both are read back: the joined cell split into the two known headings, the
/// stray heading moved onto the neighbouring column that holds the values.
/// </summary>
internal static class HeaderRealignment
{
    /// <summary>The shortest heading a joined cell is split into (编码, 名称).</summary>
    private const int MinHeadingLength = 2;

    /// <summary>The grid with its header realigned, or the grid itself when nothing needed it.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Apply(IReadOnlyList<IReadOnlyList<string>> grid, TableKind kind, ColumnSynonyms synonyms)
    {
        var firstData = Enumerable.Range(0, grid.Count).FirstOrDefault(r => grid[r].Any(AmountParser.LooksNumeric), -1);
        if (firstData <= 0)
        {
            return grid;
        }

        var width = grid.Max(r => r.Count);
        var header = grid.Take(firstData).Select(r => Enumerable.Range(0, width).Select(j => CellReader.Cell(r, j)).ToList()).ToList();
        var body = grid.Skip(firstData).ToList();
        bool HasValues(int j) => body.Exists(r => LabelText.Compact(CellReader.Cell(r, j)).Length > 0);
        bool HasHeading(int j) => header.Exists(r => LabelText.Compact(r[j]).Length > 0);

        var changed = false;
        // A heading over sub-headings spans the empty cell to its right; only a leaf can be two joined.
        bool IsLeaf(int r, int j) => header.Skip(r + 1).All(below => LabelText.Compact(below[j]).Length == 0 && LabelText.Compact(below[j + 1]).Length == 0);
        for (var r = 0; r < header.Count; r++)
        {
            var row = header[r];
            for (var j = 0; j + 1 < width; j++)
            {
                if (LabelText.Compact(row[j + 1]).Length == 0 && HasValues(j) && HasValues(j + 1) && IsLeaf(r, j)
                    && !Known(row[j], kind, synonyms) && Split(row[j], kind, synonyms) is var (first, second))
                {
                    (row[j], row[j + 1]) = (first, second);
                    changed = true;
                }
            }
        }

        for (var j = 0; j < width; j++)
        {
            if (HasValues(j) || !HasHeading(j))
            {
                continue;
            }

            foreach (var k in new[] { j + 1, j - 1 })
            {
                if (k >= 0 && k < width && HasValues(k) && !HasHeading(k))
                {
                    foreach (var row in header)
                    {
                        (row[k], row[j]) = (row[j], "");
                    }

                    changed = true;
                    break;
                }
            }
        }

        return changed ? [.. header, .. body] : grid;
    }

    /// <summary>The two known headings a cell joins (科目编码 + 科目名称), or null.</summary>
    private static (string First, string Second)? Split(string cell, TableKind kind, ColumnSynonyms synonyms)
    {
        var text = LabelText.Compact(cell);
        for (var i = MinHeadingLength; i + MinHeadingLength <= text.Length; i++)
        {
            var (first, second) = (text[..i], text[i..]);
            if (Known(first, kind, synonyms) && Known(second, kind, synonyms))
            {
                return (first, second);
            }
        }

        return null;
    }

    private static bool Known(string text, TableKind kind, ColumnSynonyms synonyms) =>
        synonyms.IsHeaderTerm(text) || synonyms.FieldFor(kind, text) is not null;
}
