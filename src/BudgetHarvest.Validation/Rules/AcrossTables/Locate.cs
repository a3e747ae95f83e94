using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>Finds one figure in a document's tables, or null when the table, line or column is not there.</summary>
public delegate Figure? FigureLocator(StandardTables tables);

/// <summary>The locators cross-table identities and narrative claims are written with.</summary>
public static class Locate
{
    /// <summary>A line of a summary-table panel, by any of its spellings.</summary>
    public static FigureLocator SummaryLine(TableRole role, string panel, string[] labels) =>
        tables => SummaryPanel.Of(tables[role], panel)?.Figure(labels);

    /// <summary>
    /// A line of a summary-table panel plus the lines of the same label printed under a balance line
    /// (表4 一般公共预算 and 上年结转结余 › 一般公共预算): the source with what it carried over. Null when
    /// nothing of it is carried over, as the line alone says the same.
    /// </summary>
    public static FigureLocator WithCarriedOver(TableRole role, string panel, string[] labels) => tables =>
    {
        if (SummaryPanel.Of(tables[role], panel) is not { } summary)
        {
            return null;
        }

        var lines = summary.Rows.Where(r => SummaryPanel.IsOneOf(r, labels)).ToLookup(IsCarriedOver);
        if (lines[false].FirstOrDefault() is not { } line || lines[true].ToList() is not { Count: > 0 } carried)
        {
            return null;
        }

        var figure = summary.Figure(line);
        return figure with { Value = figure.Amount + carried.Sum(r => r.Amount(RowFields.Amount) ?? 0m), Line = $"{figure.Line} with what it carried over" };
    };

    private static bool IsCarriedOver(TableRow row) => SummaryLabels.Balance.Contains(PrintedLabels.Compact(row.Text(RowFields.Parent)), StringComparer.Ordinal);

    /// <summary>A figure that only stands for the stated one when a table's title names <paramref name="word"/> and not <paramref name="unlessWord"/>.</summary>
    public static FigureLocator WhenTitled(TableRole role, string word, string unlessWord, FigureLocator locator) => tables =>
        tables[role] is { } table && table.Title.Contains(word, StringComparison.Ordinal) && !table.Title.Contains(unlessWord, StringComparison.Ordinal)
            ? locator(tables)
            : null;

    /// <summary>A column of the 合计 line of a line table.</summary>
    public static FigureLocator TotalCell(TableRole role, string field) =>
        tables => DetailLines.TotalFigure(tables[role], field);

    /// <summary>The sum of columns of the 合计 line (all must be printed), named after them.</summary>
    public static FigureLocator TotalCells(TableRole role, params string[] fields) => tables =>
    {
        var cells = fields.Select(f => DetailLines.TotalFigure(tables[role], f)).ToList();
        if (cells.Exists(c => c is null))
        {
            return null;
        }

        var value = cells.All(c => c!.Value is null) ? (decimal?)null : cells.Sum(c => c!.Amount);
        return cells[0]! with { Value = value, Line = $"合计 line, {string.Join(" + ", fields.Select(ColumnNames.Of))}" };
    };

    /// <summary>The first locator that finds its figure.</summary>
    public static FigureLocator FirstOf(params FigureLocator[] locators) =>
        tables => locators.Select(l => l(tables)).FirstOrDefault(f => f is not null);

    /// <summary>A column of this year's 合计 line of the "三公" table.</summary>
    public static FigureLocator ThreePublicCell(string field) => tables =>
        tables[TableRole.ThreePublic] is { } table && ThreePublicLines.Current(table, tables.Year) is { } row && row.Has(field)
            ? ThreePublicLines.Figure(table, row, field)
            : null;

    /// <summary>因公出国（境）费 + 公务接待费 + 公务用车购置及运行维护费 of this year's line: the "三公" total.</summary>
    public static FigureLocator ThreePublicCosts() => tables =>
    {
        string[] fields = [RowFields.Outbound, RowFields.Reception, RowFields.VehicleTotal];
        if (tables[TableRole.ThreePublic] is not { } table || ThreePublicLines.Current(table, tables.Year) is not { } row || !fields.All(row.Has))
        {
            return null;
        }

        var value = fields.All(f => row.Amount(f) is null) ? (decimal?)null : fields.Sum(f => row.Amount(f) ?? 0m);
        return new Figure(value, table.Measure, table.Number, $"{ThreePublicLines.Describe(row)}, {string.Join(" + ", fields.Select(ColumnNames.Of))}");
    };
}
