using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// The panels of a summary table balance: each spending panel's 支出总计 equals the income panel's
/// 收入总计, and the three spending panels (by function, by department and by government economic
/// class) print the same 本年支出合计.
/// </summary>
public sealed class SummaryPanelsAgreeRule : IValidationRule
{
    public string Name => "SummaryPanelsAgree";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.Kind == TableKind.Summary))
        {
            var panels = SummaryPanel.Of(table);
            var income = panels.FirstOrDefault(p => p.IsIncome);
            var spending = panels.Where(p => !p.IsIncome).ToList();
            var firstSpending = spending.FirstOrDefault();
            foreach (var panel in spending)
            {
                if (income is not null)
                {
                    Compare(context, panel, income, p => p.GrandTotal, "the budget balances");
                }

                if (panel != firstSpending)
                {
                    Compare(context, panel, firstSpending!, p => p.YearTotal, "every spending panel splits the same total");
                }
            }
        }
    }

    private static void Compare(ValidationContext context, SummaryPanel panel, SummaryPanel reference, Func<SummaryPanel, int> line, string why)
    {
        if (line(panel) >= 0 && line(reference) >= 0)
        {
            context.CheckEqual(IdentityScope.WithinTable, IssueCodes.SumMismatch,
                panel.Figure(panel.Rows[line(panel)]), reference.Figure(reference.Rows[line(reference)]), why);
        }
    }
}
