using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Maps the one-line-per-row tables (表2, 表3, 表5–表8, 表10, 表11, 表12): each data line becomes a
/// row holding the fields whose columns the header names. Blank and <c>**</c> placeholder lines give
/// no row; a table printing one column group per year (e.g. 本年 / 上年) gives one row per group.
/// </summary>
public sealed partial class ColumnTableMapper : ITableRowMapper
{
    private readonly ColumnSynonyms _synonyms;

    /// <summary>Creates a mapper for one kind.</summary>
    public ColumnTableMapper(TableKind kind, ColumnSynonyms? synonyms = null)
    {
        Kind = kind;
        _synonyms = synonyms ?? ColumnSynonyms.Default;
    }

    /// <inheritdoc/>
    public TableKind Kind { get; }

    /// <inheritdoc/>
    public MappingResult Map(BudgetTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var grid = table.Grid.Select(r => (IReadOnlyList<string>)r).ToList();
        var layout = HeaderLayout.Analyze(grid, Kind, _synonyms);
        var reader = new CellReader(table);
        var textColumns = FirstOfEachField(layout.Columns.Where(c => c.Field is not null && FieldTypes.IsText(c.Field)));
        var groups = AmountGroups(layout.Columns, Kind == TableKind.ThreePublic);
        var rows = new List<TableRow>();

        for (var r = layout.DataStart; r < grid.Count; r++)
        {
            var line = grid[r];
            if (IsRepeatedHeader(grid, layout.DataStart, line))
            {
                continue;
            }

            foreach (var group in groups)
            {
                if (MapLine(line, textColumns, group, groups.Count > 1, reader) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        return new MappingResult { Rows = rows, Issues = reader.Issues };
    }

    private TableRow? MapLine(IReadOnlyList<string> line, List<HeaderColumn> textColumns, AmountGroup group, bool grouped, CellReader reader)
    {
        var texts = new List<(string Field, string? Value)>();
        foreach (var column in textColumns)
        {
            texts.Add((column.Field!, FieldTypes.ReadText(column.Field!, CellReader.Cell(line, column.Index))));
        }

        FixLabelInCodeColumn(texts);
        if (grouped)
        {
            SetText(texts, RowFields.Label, group.Heading);
        }

        var hasAmount = group.Columns.Any(c => LabelText.Compact(CellReader.Cell(line, c.Index)).Length > 0 && !AmountParser.IsPlaceholder(CellReader.Cell(line, c.Index)));
        var hasText = texts.Any(t => t.Value is not null && t.Field != RowFields.Label);

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

        return row;
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

    private static List<HeaderColumn> FirstOfEachField(IEnumerable<HeaderColumn> columns) =>
        [.. columns.GroupBy(c => c.Field).Select(g => g.First())];

    /// <summary>
    /// Splits the amount columns into groups: a field seen again starts the next group (e.g. the
    /// 上年预算数 half of a 三公 table printed beside the 本年 half).
    /// </summary>
    // Only the 三公 table prints one block of amount columns per 项目 (e.g. per year), each becoming a row
    // with its label; elsewhere a field printed twice (总计 beside a 部门预算 group's 合计) is read once,
    // from its first column, since the schema has no label to tell the rows apart.
    private static List<AmountGroup> AmountGroups(IReadOnlyList<HeaderColumn> columns, bool labelledBlocks)
    {
        var groups = new List<AmountGroup> { new() };
        foreach (var column in columns.Where(c => c.Field is not null && FieldTypes.IsAmount(c.Field)))
        {
            var current = groups[^1];
            if (current.Columns.Exists(c => c.Field == column.Field))
            {
                if (!labelledBlocks)
                {
                    continue;
                }

                current = new AmountGroup();
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

    [GeneratedRegex(@"^[0-9A-Za-z\-]+$")]
    private static partial Regex CodePattern();

    private sealed class AmountGroup
    {
        public List<HeaderColumn> Columns { get; } = [];

        public string? Heading { get; set; }
    }
}
