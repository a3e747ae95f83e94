using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Tables;

/// <summary>Lines of the "三公"经费 table (表12): naming, and the line of the budget year for the whole unit.</summary>
public static class ThreePublicLines
{
    private static readonly string[] NotCurrent = ["上年", "增减", "变化"];

    /// <summary>How a line is named in messages: <c>line “2023年预算数”</c>, with the unit when printed.</summary>
    public static string Describe(TableRow row)
    {
        var parts = new[] { row.Text(RowFields.Label), row.Text(RowFields.Code), row.Text(RowFields.Name) }
            .Select(PrintedLabels.Compact).Where(s => s.Length > 0).ToList();
        return parts.Count == 0 ? "the data line" : $"line “{string.Join(' ', parts)}”";
    }

    /// <summary>The figure of one cell.</summary>
    public static Figure Figure(BudgetTable table, TableRow row, string field) =>
        new(row.Amount(field), table.Measure, table.Number, $"{Describe(row)}, {ColumnNames.Of(field)}");

    /// <summary>
    /// The line holding this year's budget for the whole unit: the 合计 (or unnamed) line whose label
    /// names the budget year, else the first such line not labelled as last year or a change.
    /// </summary>
    public static TableRow? Current(BudgetTable? table, int? year)
    {
        if (table is null)
        {
            return null;
        }

        var whole = table.Rows.Where(r => PrintedLabels.Compact(r.Text(RowFields.Name)) is "" or "合计").ToList();
        var label = (TableRow r) => PrintedLabels.Compact(r.Text(RowFields.Label));
        return (year is { } y ? whole.FirstOrDefault(r => label(r).Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)) : null)
            ?? whole.FirstOrDefault(r => !NotCurrent.Any(w => label(r).Contains(w, StringComparison.Ordinal)));
    }
}
