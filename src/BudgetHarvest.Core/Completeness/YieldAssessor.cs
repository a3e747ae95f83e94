using System.Globalization;
using System.Text.Json;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Completeness;

/// <summary>
/// Judges what a document yielded: refused or failed by its error issues, narrative only by
/// <c>tables_not_in_pdf</c>, low yield when too few of the tables expected were found (those its
/// 目录 lists, else the standard kinds) or they hold too few budget lines, ok otherwise.
/// </summary>
/// <remarks>Pure: the verdict depends on the document and its line count only, so it can be recomputed for any stored body.</remarks>
public sealed class YieldAssessor(YieldThresholds thresholds)
{
    /// <summary>An assessor with <see cref="YieldThresholds.Default"/>.</summary>
    public YieldAssessor()
        : this(YieldThresholds.Default)
    {
    }

    /// <summary>The verdict of a document whose tables hold <paramref name="budgetLines"/> budget-line facts.</summary>
    public YieldVerdict Assess(BudgetDocument document, int budgetLines)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = document.Tables.Count;
        var errors = document.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (errors.Find(i => thresholds.RefusalCodes.Contains(i.Code)) is { } refusal)
        {
            return new YieldVerdict(YieldStatus.Refused, Quote(refusal), found, null, budgetLines);
        }

        if (errors.Count > 0)
        {
            return new YieldVerdict(YieldStatus.Failed, Quote(errors[0]), found, null, budgetLines);
        }

        if (found == 0 && document.Issues.Find(i => i.Code == thresholds.NarrativeOnlyCode) is { } narrative)
        {
            return new YieldVerdict(YieldStatus.NarrativeOnly, Quote(narrative), 0, null, budgetLines);
        }

        var (expected, shortfall) = Expected(document);
        var reasons = new List<string>();
        if (found == 0 || found < expected * thresholds.MinTableShare)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{found} of {expected} expected tables found ({shortfall})"));
        }

        if (budgetLines < thresholds.MinBudgetLines)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"only {budgetLines} budget lines (fewer than {thresholds.MinBudgetLines})"));
        }

        return reasons.Count == 0
            ? new YieldVerdict(YieldStatus.Ok, null, found, expected, budgetLines)
            : new YieldVerdict(YieldStatus.LowYield, string.Join("; ", reasons), found, expected, budgetLines);
    }

    /// <summary>
    /// The tables expected and what is missing of them: the 目录's when <c>missing_table</c> issues
    /// name its tables not found, else the standard kinds not covered by any table found.
    /// </summary>
    private (int Expected, string Shortfall) Expected(BudgetDocument document)
    {
        var missing = document.Issues.Where(i => i.Code == IssueCodes.MissingTable).ToList();
        if (missing.Count > 0)
        {
            var numbers = missing.Where(i => i.Table is not null).Select(i => i.Table!.Value).Distinct().Order().ToList();
            var unnumbered = missing.Count(i => i.Table is null);
            var listed = numbers.Count == 0 ? "tables" : string.Join(" ", numbers.Select(n => "表" + n.ToString(CultureInfo.InvariantCulture)));
            return (document.Tables.Count + numbers.Count + unnumbered, $"the 目录 lists {listed} not found");
        }

        var kinds = document.Tables.Select(t => t.Kind).ToHashSet();
        var uncovered = thresholds.StandardKinds.Where(k => !kinds.Contains(k)).ToList();
        return (document.Tables.Count + uncovered.Count,
            uncovered.Count == 0 ? "no 目录 to compare with" : "no " + string.Join(", ", uncovered.Select(KindName)) + " table");
    }

    private static string Quote(ExtractionIssue issue) => $"{issue.Code}: {issue.Message}";

    // The format's name of a kind (three_public, function_detail …), as reviewers see it in the JSON.
    private static string KindName(TableKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());
}
