using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// One of the four side-by-side panels of a summary table (收入, 支出功能分类, 部门预算支出经济分类,
/// 政府预算支出经济分类) with its lines in printed order, the hierarchy the rows' <c>parent</c> gives,
/// and its total lines.
/// </summary>
public sealed class SummaryPanel
{
    private static readonly (string Key, string Printed)[] PanelNames =
    [
        (SummaryPanels.Income, "收入"),
        (SummaryPanels.Function, "支出功能分类科目"),
        (SummaryPanels.DeptEconomic, "部门预算支出经济分类科目"),
        (SummaryPanels.GovEconomic, "政府预算支出经济分类科目"),
    ];

    private readonly bool[] _subItems;

    private SummaryPanel(BudgetTable table, string key, string printedName, List<TableRow> rows)
    {
        Table = table;
        Key = key;
        PrintedName = printedName;
        Rows = rows;
        _subItems = PrintedLabels.SubItemFlags(table, [.. rows.Select(Label)]);
        YearTotal = rows.FindIndex(r => IsOneOf(r, SummaryLabels.YearTotal));
        GrandTotal = rows.FindIndex(r => IsOneOf(r, SummaryLabels.GrandTotal));
    }

    public BudgetTable Table { get; }

    /// <summary>The panel key of the format (<see cref="SummaryPanels"/>).</summary>
    public string Key { get; }

    /// <summary>The panel heading as printed, for messages.</summary>
    public string PrintedName { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Index of the 本年收入合计 / 本年支出合计 line, or -1.</summary>
    public int YearTotal { get; }

    /// <summary>Index of the 收入总计 / 支出总计 line, or -1.</summary>
    public int GrandTotal { get; }

    /// <summary>Whether this is the income panel.</summary>
    public bool IsIncome => Key == SummaryPanels.Income;

    /// <summary>The panels a summary table prints, in format order.</summary>
    public static IReadOnlyList<SummaryPanel> Of(BudgetTable table) =>
        [.. PanelNames
            .Select(p => new SummaryPanel(table, p.Key, p.Printed, [.. table.Rows.Where(r => r.Text(RowFields.Panel) == p.Key)]))
            .Where(p => p.Rows.Count > 0)];

    /// <summary>One panel of a table, or null when the table does not print it.</summary>
    public static SummaryPanel? Of(BudgetTable? table, string key) => table is null ? null : Of(table).FirstOrDefault(p => p.Key == key);

    /// <summary>The normalized label of a line.</summary>
    public static string Label(TableRow row) => PrintedLabels.Compact(row.Text(RowFields.Item));

    /// <summary>Whether a line's label is one of the given spellings.</summary>
    public static bool IsOneOf(TableRow row, IEnumerable<string> labels) => labels.Contains(Label(row), StringComparer.Ordinal);

    /// <summary>The first line carrying one of the labels, or null.</summary>
    public TableRow? Find(IEnumerable<string> labels) => Rows.FirstOrDefault(r => IsOneOf(r, labels));

    /// <summary>Whether the line at an index is printed as a <c>其中</c> detail of the line above.</summary>
    public bool IsSubItem(int index) => _subItems[index];

    /// <summary>
    /// The lines that split the line at <paramref name="index"/>: later lines naming it as parent,
    /// up to a repeat of its label, without <c>其中</c> details. A repeat that names the label as its
    /// parent is a part (a 项 printed with its 款's name: 其他科学技术支出 under 其他科学技术支出).
    /// </summary>
    public IReadOnlyList<TableRow> PartsOf(int index)
    {
        var label = Label(Rows[index]);
        var parts = new List<TableRow>();
        for (var i = index + 1; i < Rows.Count; i++)
        {
            var isPart = PrintedLabels.Compact(Rows[i].Text(RowFields.Parent)) == label;
            if (!isPart && Label(Rows[i]) == label)
            {
                break;
            }

            if (isPart && !IsSubItem(i))
            {
                parts.Add(Rows[i]);
            }
        }

        return parts;
    }

    /// <summary>The figure of a line, named by table, panel and label.</summary>
    public Figure Figure(TableRow row) =>
        new(row.Amount(RowFields.Amount), Table.Measure, Table.Number, $"{PrintedName} “{Label(row)}”") { Label = $"“{Label(row)}”" };

    /// <summary>The figure of the first line with one of the labels, or null when the panel has none.</summary>
    public Figure? Figure(IEnumerable<string> labels) => Find(labels) is { } row ? Figure(row) : null;
}
