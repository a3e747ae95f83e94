using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// Lines of the one-line-per-item tables (表2, 表3, 表5–表8, 表10): the 合计 line, lines by code,
/// and the figure of a cell named so a reviewer finds it.
/// </summary>
public static class DetailLines
{
    private static readonly string[] TotalNames = ["合计", "总计"];

    /// <summary>The 合计 line (printed without a code), or null when the table has none.</summary>
    public static TableRow? TotalLine(BudgetTable? table) =>
        table?.Rows.FirstOrDefault(r => string.IsNullOrEmpty(Code(r)) && TotalNames.Contains(PrintedLabels.Compact(r.Text(RowFields.Name)), StringComparer.Ordinal));

    /// <summary>The code of a line when it is all digits (subject and unit codes), else null.</summary>
    public static string? Code(TableRow row)
    {
        var code = PrintedLabels.Compact(row.Text(RowFields.Code));
        return code.Length > 0 && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>How a line is named in messages: <c>line 201 一般公共服务支出</c> or <c>合计 line</c>.</summary>
    public static string Describe(TableRow row)
    {
        var name = PrintedLabels.Compact(row.Text(RowFields.Name));
        var code = Code(row);
        if (code is null && TotalNames.Contains(name, StringComparer.Ordinal))
        {
            return $"{name} line";
        }

        var label = string.Join(' ', new[] { code, name }.Where(s => !string.IsNullOrEmpty(s)));
        return label.Length == 0 ? "unnamed line" : $"line {label}";
    }

    /// <summary>The figure of one cell: table, line and column.</summary>
    public static Figure Figure(BudgetTable table, TableRow row, string field) =>
        new(row.Amount(field), table.Measure, table.Number, $"{Describe(row)}, {ColumnNames.Of(field)}") { Label = Describe(row) };

    /// <summary>The figure of the 合计 line in a column, or null when the table, line or column is missing.</summary>
    public static Figure? TotalFigure(BudgetTable? table, string field) =>
        table is not null && TotalLine(table) is { } row && row.Has(field) ? Figure(table, row, field) : null;
}
