using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Warehouse.Corrections;

/// <summary>
/// Replaces the issues a stage raised on a document by those it raises again: the stages are
/// deterministic, so the issues they raise on the extraction as extracted are the ones to take out,
/// each once, wherever they sit; issues of other stages stay where they are.
/// </summary>
internal static class IssueReplacement
{
    public static void Replace(List<ExtractionIssue> issues, IEnumerable<ExtractionIssue> raisedBefore, IEnumerable<ExtractionIssue> raisedNow)
    {
        foreach (var gone in raisedBefore)
        {
            var index = issues.FindIndex(i => Same(i, gone));
            if (index >= 0)
            {
                issues.RemoveAt(index);
            }
        }

        issues.AddRange(raisedNow);
    }

    private static bool Same(ExtractionIssue a, ExtractionIssue b) =>
        a.Code == b.Code && a.Severity == b.Severity && a.Table == b.Table && a.Message == b.Message;
}
