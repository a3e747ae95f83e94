using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tables;

/// <summary>
/// The names of the units a department budget lists under it in 表2 / 表3 (coded lines), other than
/// the department or unit the document is about: a narrative sentence naming one of them gives
/// that unit's figure, not the document's.
/// </summary>
public static class SubUnits
{
    /// <summary>The sub-unit names, without whitespace and bracketed additions; subject lines of a 表3 by subject are no units.</summary>
    public static IReadOnlyList<string> Names(BudgetDocument document, StandardTables tables)
    {
        var own = new[] { document.Document.UnitName, document.Document.Department }
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(Core).ToList();
        return [.. new[] { tables[TableRole.IncomeByUnit], tables[TableRole.ExpenseByUnit] }
            .OfType<BudgetTable>()
            .SelectMany(t => t.Rows)
            .Where(r => DetailLines.Code(r) is { } code && !UnitLines.SubjectCodeLengths.Contains(code.Length))
            .Select(r => Core(r.Text(RowFields.Name)))
            .Where(n => n.Length > 0 && !own.Exists(o => o.StartsWith(n, StringComparison.Ordinal) || n.StartsWith(o, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];
    }

    // The name without whitespace and without what follows a bracket ((本级) is printed with either bracket).
    private static string Core(string? name)
    {
        var compact = PrintedLabels.Compact(name);
        var bracket = compact.IndexOfAny(['(', '（']);
        return bracket < 0 ? compact : compact[..bracket];
    }
}
