using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In a summary table (表1, 表4, 表9), every line equals the sum of the lines under it:
/// "一、部门预算" = Σ its "1、…" lines, "1、人员经费和公用经费支出" = Σ its "(1)…" lines. A
/// <c>其中</c> line details part of its parent and is not one of the parts. A heading printed
/// blank (Xi'an 2019's "一、部门预算" over its lines) states no figure, so there is nothing to check.
/// </summary>
public sealed class SummaryLinesSumToParentRule : IValidationRule
{
    public string Name => "SummaryLinesSumToParent";

    public void Check(ValidationContext context)
    {
        foreach (var panel in context.Document.Tables.Where(t => t.Kind == TableKind.Summary).SelectMany(SummaryPanel.Of))
        {
            for (var i = 0; i < panel.Rows.Count; i++)
            {
                var parts = panel.PartsOf(i);
                if (parts.Count > 0 && panel.Rows[i].Amount(RowFields.Amount) is not null)
                {
                    context.CheckSum(IdentityScope.WithinTable, panel.Figure(panel.Rows[i]), [.. parts.Select(panel.Figure)], $"its {parts.Count} lines");
                }
            }
        }
    }
}
