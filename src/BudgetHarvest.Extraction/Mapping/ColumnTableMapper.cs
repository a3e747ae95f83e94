using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping.Headers;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Maps the one-line-per-row tables (表2, 表3, 表5–表8, 表10, 表11, 表12): each data line becomes a
/// row holding the fields whose columns the header names. Blank and <c>**</c> placeholder lines give
/// no row; a 三公 table printing one column group per year (e.g. 本年 / 上年) or per source of funds
/// gives one row per group. No number is dropped: an amount column the header maps to no field keeps
/// its values in the row's <c>extra</c>, reported by an <see cref="IssueCodes.UnmappedColumn"/> issue.
/// </summary>
public sealed partial class ColumnTableMapper : ITableRowMapper
{
    private readonly ColumnSynonyms _synonyms;
    private readonly MappingOptions _options;

    /// <summary>Creates a mapper for one kind.</summary>
    public ColumnTableMapper(TableKind kind, ColumnSynonyms? synonyms = null, MappingOptions? options = null)
    {
        Kind = kind;
        _synonyms = synonyms ?? ColumnSynonyms.Default;
        _options = options ?? MappingOptions.Default;
    }

    /// <inheritdoc/>
    public TableKind Kind { get; }

    /// <inheritdoc/>
    public MappingResult Map(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var grid = table.Grid.Select(r => (IReadOnlyList<string>)r).ToList();
        var layout = HeaderLayout.Analyze(grid, Kind, _synonyms);
        var lines = WrappedLabels.Join(
            [.. Enumerable.Range(layout.DataStart, Math.Max(0, grid.Count - layout.DataStart))
                .Select(r => grid[r])
                .Where(line => !IsRepeatedHeader(grid, layout.DataStart, line))],
            layout.Columns);
        var identities = _synonyms.Identities(Kind);
        var chosen = ColumnRoleReferee.Choose(layout.Columns, lines, identities, _options);
        var columns = ColumnRoleReferee.Swap(ColumnRoleReferee.Infer(chosen, lines, identities, _options), lines, identities, _options);
        var reader = new CellReader(table);
        if (Kind == TableKind.ThreePublic && TransposedThreePublic.TryMap(lines, columns, _synonyms, reader) is { } transposed)
        {
            return new MappingResult { Rows = transposed, Issues = reader.Issues };
        }

        var textColumns = columns.Where(c => c.Field is not null && FieldTypes.IsText(c.Field) && c.CodeLevel < 0).GroupBy(c => c.Field!).ToList();
        // Subject code columns (类|款|项) become a field only where the kind's rows have one.
        var codes = SubjectCodeReader.ForColumns(columns).Where(c => _synonyms.HasField(Kind, c.Field)).ToList();
        var groups = AmountGroups(columns, Kind == TableKind.ThreePublic);
        var extras = columns.Where(c => !groups.Exists(g => g.Columns.Contains(c)) && (c.Field is null || FieldTypes.IsAmount(c.Field))
            && c.CodeLevel < 0 && !_synonyms.IsNonAmountColumn(c.Path) && AmountColumns.IsAmount(lines, c.Index)).ToList();
        extras.ForEach(reader.Unmapped);

        var rows = new List<TableRow>();
        string? carriedName = null;
        var ownLevel = Kind is TableKind.FunctionDetail or TableKind.EconomicDetail && codes.Count == 0 ? new OwnLevelCodes() : null;
        foreach (var line in lines)
        {
            var texts = ReadTexts(line, textColumns, codes);
            if (ownLevel is not null && texts.FindIndex(t => t.Field == RowFields.Code) is var code and >= 0)
            {
                texts[code] = (RowFields.Code, ownLevel.Complete(texts[code].Value));
            }

            if (Kind == TableKind.ThreePublic)
            {
                carriedName = CarryName(texts, line, groups, carriedName);
            }

            foreach (var group in groups)
            {
                if (MapLine(line, texts, group, groups.Count > 1, extras, reader) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return new MappingResult { Rows = rows, Issues = reader.Issues };
    }

    private static List<(string Field, string? Value)> ReadTexts(IReadOnlyList<string> line, List<IGrouping<string, HeaderColumn>> textColumns, List<(string Field, SubjectCodeReader Reader)> codes)
    {
        var texts = new List<(string Field, string? Value)>();
        foreach (var field in textColumns)
        {
            // A field printed in two columns (预算单位 beside 科目名称) reads the first one filled.
            var value = field.Select(c => FieldTypes.ReadText(field.Key, CellReader.Cell(line, c.Index))).FirstOrDefault(v => v is not null);
            texts.Add((field.Key, value));
        }

        foreach (var (field, reader) in codes)
        {
            var code = reader.Read(line);
            var index = texts.FindIndex(t => t.Field == field);
            if (index >= 0)
            {
                texts[index] = (field, code ?? texts[index].Value);
            }
            else
            {
                texts.Insert(0, (field, code));
            }
        }

        FixLabelInCodeColumn(texts);
        SplitBracketedCode(texts);
        return texts;
    }

    private TableRow? MapLine(IReadOnlyList<string> line, List<(string Field, string? Value)> lineTexts, AmountGroup group, bool grouped, List<HeaderColumn> extras, CellReader reader)
    {
        var texts = lineTexts.ToList();
        if (grouped)
        {
            var printed = texts.Find(t => t.Field == RowFields.Label).Value;
            SetText(texts, RowFields.Label, group.Facet is not null && printed is not null ? $"{printed}/{group.Facet}" : group.Heading);
        }

        var hasAmount = group.Columns.Exists(c => HasAmount(line, c.Index));
        var hasText = texts.Exists(t => t.Value is not null && t.Field != RowFields.Label && !AmountParser.IsPlaceholder(t.Value));

        // Placeholder and blank lines of empty forms carry no row; 三公 lines need an amount.
        if (!hasAmount && (!hasText || Kind == TableKind.ThreePublic))
        {
            return null;
        }

        if (Kind == TableKind.ThreePublic)
        {
            EnsureThreePublicKeys(texts);
        }

        var row = new TableRow();
        foreach (var (field, value) in texts)
        {
            row.Set(field, value);
        }

        var label = texts.FirstOrDefault(t => t.Field is RowFields.Name or RowFields.Item or RowFields.Label).Value;
        foreach (var column in group.Columns)
        {
            row.Set(column.Field!, reader.Amount(CellReader.Cell(line, column.Index), label, column.Field!));
        }

        // Unmapped amounts go with the line's first row only, so that each printed number is kept once.
        if (group.First)
        {
            foreach (var column in extras)
            {
                row.SetExtra(column.ExtraKey, reader.Amount(CellReader.Cell(line, column.Index), label, column.ExtraKey));
            }
        }

        return row;
    }

    private static bool HasAmount(IReadOnlyList<string> line, int column)
    {
        var cell = CellReader.Cell(line, column);
        return LabelText.Compact(cell).Length > 0 && !AmountParser.IsPlaceholder(cell);
    }

    /// <summary>
    /// A 三公 table listing units prints the unit on the first line of its block only (2025年, then
    /// 2026年 and 增减 below with a blank unit cell): those lines belong to the unit above.
    /// </summary>
    private static string? CarryName(List<(string Field, string? Value)> texts, IReadOnlyList<string> line, List<AmountGroup> groups, string? carried)
    {
        var name = texts.FindIndex(t => t.Field == RowFields.Name);
        var label = texts.Find(t => t.Field == RowFields.Label).Value;
        if (name < 0)
        {
            return null;
        }

        if (texts[name].Value is { } printed)
        {
            return printed;
        }

        if (label is not null && carried is not null && groups.Exists(g => g.Columns.Exists(c => HasAmount(line, c.Index))))
        {
            texts[name] = (RowFields.Name, carried);
        }

        return carried;
    }

    /// <summary>A 合计 printed across the code and name columns lands in the code column's position.</summary>
    private static void FixLabelInCodeColumn(List<(string Field, string? Value)> texts)
    {
        var code = texts.FindIndex(t => t.Field == RowFields.Code);
        var name = texts.FindIndex(t => t.Field is RowFields.Name or RowFields.Item);
        if (code < 0 || name < 0 || texts[code].Value is not { } value || texts[name].Value is not null || CodePattern().IsMatch(value))
        {
            return;
        }

        texts[name] = (texts[name].Field, LabelText.Normalize(value));
        texts[code] = (RowFields.Code, null);
    }

    /// <summary>A name printed with its code as a bracketed prefix (<c>[206]科学技术支出</c>) gives both.</summary>
    private static void SplitBracketedCode(List<(string Field, string? Value)> texts)
    {
        var name = texts.FindIndex(t => t.Field == RowFields.Name);
        if (name < 0 || texts[name].Value is not { } value || SubjectCodeReader.SplitBracketedCode(value) is not ({ } code, var rest))
        {
            return;
        }

        texts[name] = (RowFields.Name, rest);
        SetText(texts, RowFields.Code, texts.Find(t => t.Field == RowFields.Code).Value ?? code);
    }

    /// <summary>三公 rows always carry their label key (null when the table prints none); code and name only when printed.</summary>
    private static void EnsureThreePublicKeys(List<(string Field, string? Value)> texts)
    {
        if (!texts.Exists(t => t.Field == RowFields.Label))
        {
            texts.Insert(0, (RowFields.Label, null));
        }
    }

    private static void SetText(List<(string Field, string? Value)> texts, string field, string? value)
    {
        var index = texts.FindIndex(t => t.Field == field);
        if (index >= 0)
        {
            texts[index] = (field, value);
        }
        else
        {
            texts.Insert(0, (field, value));
        }
    }

    private static bool IsRepeatedHeader(List<IReadOnlyList<string>> grid, int headerRows, IReadOnlyList<string> line)
    {
        for (var h = 0; h < headerRows; h++)
        {
            if (grid[h].Select(LabelText.Compact).SequenceEqual(line.Select(LabelText.Compact)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits the amount columns into groups: in a 三公 table, a field seen again starts the next group
    /// (e.g. the 上年预算数 half printed beside the 本年 half), and fields split by source of funds give
    /// one group per source.
    /// </summary>
    // Only the 三公 table prints one block of amount columns per 项目 (e.g. per year), each becoming a row
    // with its label; elsewhere a field printed twice (总计 beside a 部门预算 group's 合计) is read once,
    // from its first column, since the schema has no label to tell the rows apart: the others go to extra.
    private static List<AmountGroup> AmountGroups(IReadOnlyList<HeaderColumn> columns, bool labelledBlocks)
    {
        var amounts = columns.Where(c => c.Field is not null && FieldTypes.IsAmount(c.Field)).ToList();
        if (labelledBlocks && amounts.Exists(c => c.Facet is not null))
        {
            return [.. amounts.Where(c => c.Facet is not null).GroupBy(c => c.Facet!)
                .Select((g, i) => new AmountGroup(i == 0) { Facet = g.Key, Heading = g.Key }.With(FirstOfEachField(g)))];
        }

        var groups = new List<AmountGroup> { new(true) };
        foreach (var column in amounts)
        {
            var current = groups[^1];
            if (current.Columns.Exists(c => c.Field == column.Field))
            {
                if (!labelledBlocks)
                {
                    continue;
                }

                current = new AmountGroup(false);
                groups.Add(current);
            }

            current.Columns.Add(column);
        }

        foreach (var group in groups)
        {
            group.Heading = group.Columns.Count > 0 && group.Columns[0].Groups.Count > 0 ? group.Columns[0].Groups[^1] : null;
        }

        return groups;
    }

    private static IEnumerable<HeaderColumn> FirstOfEachField(IEnumerable<HeaderColumn> columns) =>
        columns.GroupBy(c => c.Field).Select(g => g.First());

    [GeneratedRegex(@"^[0-9A-Za-z\-]+$")]
    private static partial Regex CodePattern();

    private sealed class AmountGroup(bool first)
    {
        /// <summary>True for the line's first group, whose row carries the line's unmapped amounts.</summary>
        public bool First { get; } = first;

        public List<HeaderColumn> Columns { get; } = [];

        public string? Heading { get; set; }

        /// <summary>The source of funds every column of the group is split by, if any.</summary>
        public string? Facet { get; init; }

        public AmountGroup With(IEnumerable<HeaderColumn> columns)
        {
            Columns.AddRange(columns);
            return this;
        }
    }
}
