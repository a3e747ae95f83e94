using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In a 绩效目标表: 资金总额 = 财政拨款 + 其他资金, and in a 整体支出 table's task block the
/// 金额合计 line = Σ the task lines (总额 and 财政拨款 columns).
/// </summary>
public sealed class PerformanceFundsRule : IValidationRule
{
    public string Name => "PerformanceFunds";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.Kind == TableKind.Performance))
        {
            if (table.Meta is { FundsTotal: not null } meta && (meta.FundsFiscal is not null || meta.FundsOther is not null))
            {
                Figure Fund(decimal? value, string name) => new(value, table.Measure, table.Number, $"资金金额 {name}") { Label = name };
                context.CheckSum(IdentityScope.WithinTable, Fund(meta.FundsTotal, "资金总额"),
                    [Fund(meta.FundsFiscal, "财政拨款"), Fund(meta.FundsOther, "其他资金")], "财政拨款 and 其他资金");
            }

            if (PerformanceTasks.Read(table) is { SumRow: >= 0 } tasks && tasks.Lines.Count > 0)
            {
                foreach (var (column, heading) in new[] { (tasks.TotalColumn, "总额"), (tasks.FiscalColumn, "财政拨款") }.Where(c => c.Item1 >= 0))
                {
                    context.CheckSum(IdentityScope.WithinTable, tasks.Figure(tasks.SumRow, column, $"金额合计, {heading}"),
                        [.. tasks.Lines.Select(l => tasks.Figure(l.Row, column, PerformanceTasks.Describe(l.Labels)))], $"the {tasks.Lines.Count} task lines");
                }
            }
        }
    }
}
