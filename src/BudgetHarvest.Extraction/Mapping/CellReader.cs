using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Reads cells of one table into row values and collects the issues: an amount cell that is not a
/// number becomes null plus an <see cref="IssueCodes.UnparsedCell"/> warning, never a silent 0.
/// </summary>
internal sealed class CellReader(BudgetTable table)
{
    public List<ExtractionIssue> Issues { get; } = [];

    /// <summary>The cell at (row, column), or "" outside the grid.</summary>
    public static string Cell(IReadOnlyList<string> row, int column) =>
        column >= 0 && column < row.Count ? row[column] ?? "" : "";

    /// <summary>An amount; null for blank, dash or unreadable text (the latter reported).</summary>
    public decimal? Amount(string cell, string? rowLabel, string field)
    {
        if (AmountParser.TryParse(cell, out var value))
        {
            return value;
        }

        var where = string.IsNullOrEmpty(rowLabel) ? "" : $" row '{rowLabel}',";
        Issues.Add(ExtractionIssue.Create(
            IssueCodes.UnparsedCell,
            IssueSeverity.Warning,
            $"表{table.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({table.Title}):{where} column '{field}': cell '{cell}' is not a number.",
            table.Number));
        return null;
    }

    /// <summary>Reports an amount column that maps to no field, whose values the rows keep in <c>extra</c>.</summary>
    public void Unmapped(HeaderColumn column) =>
        Issues.Add(ExtractionIssue.Create(
            IssueCodes.UnmappedColumn,
            IssueSeverity.Info,
            $"表{table.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} ({table.Title}): amount column '{column.ExtraKey}' maps to no field; its values are kept in extra.",
            table.Number));

    /// <summary>A code cell as text (whitespace removed), or null when blank.</summary>
    public static string? Code(string cell)
    {
        var text = LabelText.Compact(cell);
        return text.Length == 0 || AmountParser.IsPlaceholder(text) ? null : text;
    }

    /// <summary>A label (name, item) normalized by the format's rules, or null when blank.</summary>
    public static string? Label(string cell)
    {
        var text = LabelText.Normalize(cell);
        return text.Length == 0 || AmountParser.IsPlaceholder(text) ? null : text;
    }

    /// <summary>Free text (description, schedule, …) with whitespace removed, or null when blank.</summary>
    public static string? Text(string cell)
    {
        var text = LabelText.Compact(cell);
        return text.Length == 0 || AmountParser.IsPlaceholder(text) ? null : text;
    }
}
