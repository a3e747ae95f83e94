using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In each panel of a summary table, 收入总计 / 支出总计 = 本年合计 + the balance lines printed
/// between them (上年结转, 用事业基金弥补收支差额, 结转下年, 未安排支出的实户资金, …).
/// </summary>
public sealed class SummaryGrandTotalRule : IValidationRule
{
    public string Name => "SummaryGrandTotal";

    public void Check(ValidationContext context)
    {
        foreach (var panel in context.Document.Tables.Where(t => t.Kind == TableKind.Summary).SelectMany(SummaryPanel.Of))
        {
            if (panel.YearTotal < 0 || panel.GrandTotal <= panel.YearTotal)
            {
                continue;
            }

            var parts = new List<Figure> { panel.Figure(panel.Rows[panel.YearTotal]) };
            parts.AddRange(Enumerable.Range(panel.YearTotal + 1, panel.GrandTotal - panel.YearTotal - 1)
                .Where(i => SummaryPanel.IsOneOf(panel.Rows[i], SummaryLabels.Balance) && !panel.IsSubItem(i))
                .Select(i => panel.Figure(panel.Rows[i])));
            context.CheckSum(IdentityScope.WithinTable, panel.Figure(panel.Rows[panel.GrandTotal]), parts, "the year's total and the balance lines");
        }
    }
}
