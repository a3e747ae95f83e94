using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// Each panel of a summary table sums to its 本年收入合计 / 本年支出合计: the total equals the sum
/// of the panel's top-level lines. A funding heading that merely restates the total of the other
/// top-level lines (表4's "一、财政拨款" printed over "一、部门预算") is not counted twice. A
/// top-level heading printed blank counts as its lines (Xi'an 2019 prints "一、部门预算" without figure).
/// </summary>
public sealed class SummaryYearTotalRule : IValidationRule
{
    public string Name => "SummaryYearTotal";

    public void Check(ValidationContext context)
    {
        foreach (var panel in context.Document.Tables.Where(t => t.Kind == TableKind.Summary).SelectMany(SummaryPanel.Of))
        {
            if (panel.YearTotal < 0)
            {
                continue;
            }

            var top = Enumerable.Range(0, panel.YearTotal)
                .Where(i => string.IsNullOrEmpty(panel.Rows[i].Text(RowFields.Parent)) && !panel.IsSubItem(i))
                .ToList();
            // At most one heading goes: of two headings restating each other, the second stays.
            if (top.FirstOrDefault(i => IsRestatement(context, panel, i, top), -1) is var restated and >= 0)
            {
                top.Remove(restated);
            }

            if (top.Count > 0)
            {
                var parts = top.SelectMany(i => BlankHeading(panel, i) is { } lines ? lines.Select(panel.Figure) : [panel.Figure(panel.Rows[i])]).ToList();
                context.CheckSum(IdentityScope.WithinTable, panel.Figure(panel.Rows[panel.YearTotal]), parts, "the panel's top-level lines");
            }
        }
    }

    /// <summary>The lines of a top-level heading printed without figure, or null when it prints one (or has no lines).</summary>
    private static IReadOnlyList<TableRow>? BlankHeading(SummaryPanel panel, int index) =>
        panel.Rows[index].Amount(RowFields.Amount) is null && panel.PartsOf(index) is { Count: > 0 } parts ? parts : null;

    private static bool IsRestatement(ValidationContext context, SummaryPanel panel, int index, List<int> top)
    {
        var row = panel.Rows[index];
        if (top.Count < 2 || !SummaryPanel.IsOneOf(row, SummaryLabels.FundingHeading) || panel.PartsOf(index).Count > 0)
        {
            return false;
        }

        var others = top.Where(i => i != index).Sum(i => panel.Rows[i].Amount(RowFields.Amount) ?? 0m);
        var figure = panel.Figure(row);
        return context.Agrees(figure, figure.WithValue(others));
    }
}
