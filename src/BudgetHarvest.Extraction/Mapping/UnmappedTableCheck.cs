using System.Globalization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Extraction.Mapping;

/// <summary>
/// Nothing fails silently: a table whose grid has data lines (lines holding a number) but whose
/// mapping gave no rows, or fewer rows than data lines, gets an <see cref="IssueCodes.UnmappedTable"/>
/// warning quoting the header it could not read.
/// </summary>
internal static class UnmappedTableCheck
{
    /// <summary>Most header characters quoted in the message.</summary>
    private const int MaxQuotedHeader = 120;

    /// <summary>The warning for a table mapped to the given rows, or null when every data line gave a row.</summary>
    public static ExtractionIssue? Check(BudgetTable table, IReadOnlyList<TableRow> rows)
    {
        var grid = table.Grid;
        var firstData = grid.FindIndex(IsDataLine);
        if (firstData < 0)
        {
            return null;
        }

        var dataLines = grid.Skip(firstData).Count(IsDataLine);

        // A performance form's rows are its indicators, not its lines of figures: only an empty result counts.
        var shortOfRows = table.Kind == TableKind.Performance ? rows.Count == 0 : rows.Count < dataLines;
        if (!shortOfRows)
        {
            return null;
        }

        var header = string.Join(" | ", grid.Take(firstData).Select(r => string.Join(" ", r.Select(LabelText.Compact).Where(c => c.Length > 0))).Where(r => r.Length > 0));
        if (header.Length > MaxQuotedHeader)
        {
            header = header[..MaxQuotedHeader] + "…";
        }

        var number = table.Number?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var why = table.Kind == TableKind.Other
            ? "its kind has no row schema"
            : $"its header could not be mapped to the {TableKinds.Name(table.Kind)} schema";
        return ExtractionIssue.Create(
            IssueCodes.UnmappedTable,
            IssueSeverity.Warning,
            $"表{number} ({table.Title}): {rows.Count} rows for {dataLines} data lines: {why}; header '{header}'.",
            table.Number);
    }

    private static bool IsDataLine(List<string> line) =>
        line.Exists(AmountParser.LooksNumeric) && !HeaderLayout.IsColumnNumberRow(line);
}
