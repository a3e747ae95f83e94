using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping.Headers;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>One grid column as its header describes it.</summary>
/// <param name="Index">0-based column index in the grid.</param>
/// <param name="Field">The canonical field (<see cref="RowFields"/>) or null when not recognized.</param>
/// <param name="Leaf">The lowest header text printed over the column.</param>
/// <param name="Groups">Spanning headings above the leaf, outermost first.</param>
/// <param name="CodeLevel">For one part of a subject code printed over several columns (类 | 款 | 项), its level (0 = 类); else -1.</param>
/// <param name="Facet">For a field split by source of funds, the source sub-column (一般公共预算 …) that qualifies the row; else null.</param>
internal sealed record HeaderColumn(int Index, string? Field, string Leaf, IReadOnlyList<string> Groups, int CodeLevel = -1, string? Facet = null)
{
    /// <summary>Every field some reading of the header gives the column, the header's own reading first (the referee's choices).</summary>
    public IReadOnlyList<string> Readings { get; init; } = [];

    /// <summary>The printed header path: groups and leaf joined with <c>/</c> (the key of an <c>extra</c> amount).</summary>
    public string Path => string.Join("/", Groups.Append(Leaf).Where(t => t.Length > 0));

    /// <summary>The key of the column's amounts in a row's <c>extra</c>: its header path, or its position when it prints none.</summary>
    public string ExtraKey => Path.Length > 0 ? Path : $"#{(Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Where the header rows of a grid end and which canonical field each column holds. Merged
/// headings put their text at the top-left and "" in covered cells, so a column inherits the
/// nearest heading to its left in an upper row when that heading has sub-headings below it.
/// </summary>
internal sealed class HeaderLayout
{
    private HeaderLayout(int dataStart, IReadOnlyList<HeaderColumn> columns)
    {
        DataStart = dataStart;
        Columns = columns;
    }

    private const int MaxHeaderRows = 5;

    /// <summary>Index of the first data row (the number of header rows).</summary>
    public int DataStart { get; }

    /// <summary>Every column of the grid, recognized or not.</summary>
    public IReadOnlyList<HeaderColumn> Columns { get; }

    /// <summary>The first column holding a field, or null.</summary>
    public HeaderColumn? Find(string field) => Columns.FirstOrDefault(c => c.Field == field);

    /// <summary>Analyzes the header of a grid of the given kind.</summary>
    public static HeaderLayout Analyze(IReadOnlyList<IReadOnlyList<string>> grid, TableKind kind, ColumnSynonyms synonyms)
    {
        var (joined, tails) = JoinWrapTails(HeaderRealignment.Apply(grid, kind, synonyms));
        var layout = AnalyzeJoined(joined, kind, synonyms);
        return tails == 0 ? layout : new HeaderLayout(layout.DataStart + tails, layout.Columns);
    }

    // Header cells wrapped character by character can leave their last characters on a row of their own
    // (人员经费支 / 出). Such a row — only one or two characters per cell, each under a heading, before the
    // first amount — is put back onto the row above for reading the header; the grid itself is unchanged.
    private static (IReadOnlyList<IReadOnlyList<string>> Grid, int Tails) JoinWrapTails(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var firstData = Enumerable.Range(0, grid.Count).FirstOrDefault(r => HasNumber(grid[r]), -1);
        if (firstData <= 1)
        {
            return (grid, 0);
        }

        var rows = grid.Take(firstData).Select(r => r.ToList()).ToList();
        var tails = 0;
        for (var r = rows.Count - 1; r >= 1; r--)
        {
            var cells = rows[r].Select(LabelText.Compact).ToList();
            var filled = Enumerable.Range(0, cells.Count).Where(c => cells[c].Length > 0).ToList();
            if (filled.Count == 0 || !filled.TrueForAll(c => cells[c].Length <= 2 && c < rows[r - 1].Count && LabelText.Compact(rows[r - 1][c]).Length > 0))
            {
                continue;
            }

            foreach (var c in filled)
            {
                rows[r - 1][c] += cells[c];
            }

            rows.RemoveAt(r);
            tails++;
        }

        return tails == 0 ? (grid, 0) : ([.. rows.Cast<IReadOnlyList<string>>(), .. grid.Skip(firstData)], tails);
    }

    private static HeaderLayout AnalyzeJoined(IReadOnlyList<IReadOnlyList<string>> grid, TableKind kind, ColumnSynonyms synonyms)
    {
        // The header ends at the last recognized heading row before the first number; a row of
        // unknown wording above it (e.g. a 2023年预算数 group heading) is part of the header too.
        var top = HeaderTop(grid);
        var headerRows = 0;
        for (var r = top; r < Math.Min(grid.Count, top + MaxHeaderRows) && !HasNumber(grid[r]); r++)
        {
            if (IsHeaderRow(grid[r], kind, synonyms))
            {
                headerRows = r + 1;
            }
        }

        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        var columns = new List<HeaderColumn>(width);
        for (var j = 0; j < width; j++)
        {
            columns.Add(Describe(grid, top, headerRows, j, kind, synonyms));
        }

        // Excel forms often number their columns (栏次 1, 2, 3 …) under the header: not a data row.
        var dataStart = headerRows < grid.Count && IsColumnNumberRow(grid[headerRows]) ? headerRows + 1 : headerRows;
        return new HeaderLayout(dataStart, columns);
    }

    /// <summary>
    /// The first row the header can start at: below the last caption row before the first number. A grid read
    /// without rules from a slice that began above the table holds its title and captions (单位：万元,
    /// 单位名称：…); read as headings, a title naming 基本支出 or a caption naming 单位名称 would give every
    /// column under it that field.
    /// </summary>
    internal static int HeaderTop(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var top = 0;
        for (var r = 0; r < grid.Count && !HasNumber(grid[r]); r++)
        {
            if (CaptionRow.Is(grid[r]))
            {
                top = r + 1;
            }
        }

        return top;
    }

    /// <summary>A row numbering the columns: at least three integers counting up by one, beside only placeholders or 栏次.</summary>
    internal static bool IsColumnNumberRow(IReadOnlyList<string> row)
    {
        var numbers = new List<int>();
        foreach (var cell in row)
        {
            var text = LabelText.Compact(cell);
            if (text.Length == 0 || AmountParser.IsPlaceholder(cell) || text is "栏次" or "行次")
            {
                continue;
            }

            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            numbers.Add(n);
        }

        return numbers.Count >= 3 && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
    }

    /// <summary>
    /// A header row has no number in it and at least one wording known from some header; a
    /// data row of an empty form (blank, <c>**</c>) or a label line never qualifies.
    /// </summary>
    internal static bool IsHeaderRow(IReadOnlyList<string> row, TableKind kind, ColumnSynonyms synonyms)
    {
        var known = false;
        foreach (var cell in row)
        {
            if (LabelText.Compact(cell).Length == 0)
            {
                continue;
            }

            if (AmountParser.LooksNumeric(cell) || AmountParser.IsPlaceholder(cell))
            {
                return false;
            }

            known |= synonyms.IsHeaderTerm(cell) || synonyms.FieldFor(kind, cell) is not null || synonyms.FieldByFragments(kind, cell) is not null;
        }

        return known;
    }

    private static bool HasNumber(IReadOnlyList<string> row) =>
        row.Any(c => AmountParser.LooksNumeric(c) || AmountParser.IsPlaceholder(c));

    private static HeaderColumn Describe(IReadOnlyList<IReadOnlyList<string>> grid, int top, int headerRows, int j, TableKind kind, ColumnSynonyms synonyms)
    {
        var leafRow = -1;
        for (var r = headerRows - 1; r >= top; r--)
        {
            if (LabelText.Compact(CellReader.Cell(grid[r], j)).Length > 0)
            {
                leafRow = r;
                break;
            }
        }

        if (leafRow < 0)
        {
            return new HeaderColumn(j, null, "", []);
        }

        var leaf = HeaderText.Display(grid[leafRow][j]);
        var groups = new List<string>();
        for (var r = leafRow - 1; r >= top; r--)
        {
            var group = SpanningHeading(grid, headerRows, r, j);
            if (group is not null)
            {
                groups.Insert(0, group);
            }
        }

        var codeLevel = synonyms.CodeLevel(leaf);
        if (codeLevel >= 0)
        {
            // The code group the part belongs to (科目编码 | 经济科目编码 …) names the field; a part of a code
            // the kind does not keep maps to nothing but is never read as an amount.
            var owner = groups.Count == 0 ? RowFields.Code : Resolve(kind, groups[..^1], groups[^1], synonyms);
            return new HeaderColumn(j, owner is not null && FieldTypes.IsCode(owner) ? owner : null, leaf, groups, codeLevel);
        }

        var readings = Readings(kind, groups, leaf, synonyms);
        if (ResolveExact(kind, groups, leaf, synonyms) is { } field)
        {
            return new HeaderColumn(j, field, leaf, groups) { Readings = readings };
        }

        // A source-of-funds sub-column under a field (总计 / 一般公共预算): the field comes from the groups.
        if (synonyms.IsFundingColumn(leaf) && groups.Count > 0 && Resolve(kind, groups[..^1], groups[^1], synonyms) is { } grouped)
        {
            return new HeaderColumn(j, grouped, leaf, groups, Facet: leaf);
        }

        return new HeaderColumn(j, ResolveByFragments(kind, groups, leaf, synonyms), leaf, groups) { Readings = readings };
    }

    /// <summary>
    /// The fields of every reading of a header: each groups + leaf path by synonyms, most specific
    /// first, then every field whose fragments the leaf or the nearest group + leaf hold.
    /// </summary>
    private static List<string> Readings(TableKind kind, List<string> groups, string leaf, ColumnSynonyms synonyms)
    {
        var readings = new List<string>();
        for (var start = 0; start <= groups.Count; start++)
        {
            if (synonyms.FieldFor(kind, string.Concat(groups.Skip(start)) + leaf) is { } field)
            {
                readings.Add(field);
            }
        }

        readings.AddRange(synonyms.FieldsByFragments(kind, leaf));
        if (groups.Count > 0)
        {
            readings.AddRange(synonyms.FieldsByFragments(kind, groups[^1] + leaf));
        }

        return [.. readings.Distinct()];
    }

    /// <summary>The heading in row r that covers column j: directly above, or a group heading to the left.</summary>
    private static string? SpanningHeading(IReadOnlyList<IReadOnlyList<string>> grid, int headerRows, int r, int j)
    {
        for (var k = j; k >= 0; k--)
        {
            var text = LabelText.Compact(CellReader.Cell(grid[r], k));
            if (text.Length == 0)
            {
                continue;
            }

            if (k == j)
            {
                return HeaderText.Display(text);
            }

            // A heading to the left spans to here only if it has sub-headings of its own.
            for (var below = r + 1; below < headerRows; below++)
            {
                if (LabelText.Compact(CellReader.Cell(grid[below], k)).Length > 0)
                {
                    return HeaderText.Display(text);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Tries the most specific wording first: all groups + leaf, then fewer groups, then the leaf;
    /// failing every synonym, the tolerant fragments on the leaf, then on the nearest group + leaf.
    /// </summary>
    private static string? Resolve(TableKind kind, List<string> groups, string leaf, ColumnSynonyms synonyms) =>
        ResolveExact(kind, groups, leaf, synonyms) ?? ResolveByFragments(kind, groups, leaf, synonyms);

    private static string? ResolveExact(TableKind kind, List<string> groups, string leaf, ColumnSynonyms synonyms)
    {
        for (var start = 0; start <= groups.Count; start++)
        {
            var text = string.Concat(groups.Skip(start)) + leaf;
            if (synonyms.FieldFor(kind, text) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    private static string? ResolveByFragments(TableKind kind, List<string> groups, string leaf, ColumnSynonyms synonyms) =>
        synonyms.FieldByFragments(kind, leaf) ?? (groups.Count > 0 ? synonyms.FieldByFragments(kind, groups[^1] + leaf) : null);
}
