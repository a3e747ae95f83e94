using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// The 整体支出绩效目标表 (表14) budgets its 人员经费 and 公用经费 tasks with the unit's personnel
/// and public spending: 表3's 合计 (or 表7's, when 表3 splits by funding source).
/// </summary>
public sealed class PerformanceTasksMatchSpendingRule : IValidationRule
{
    private static readonly (string Task, string Field)[] Tasks = [("人员经费", RowFields.Personnel), ("公用经费", RowFields.Public)];

    public string Name => "PerformanceTasksMatchSpending";

    public void Check(ValidationContext context)
    {
        if (context.Tables[TableRole.OverallPerformance] is not { } table || PerformanceTasks.Read(table) is not { } tasks)
        {
            return;
        }

        foreach (var (task, field) in Tasks)
        {
            var line = tasks.Lines.Find(l => l.Labels.Contains(task, StringComparer.Ordinal));
            var spending = Locate.FirstOf(Locate.TotalCell(TableRole.ExpenseByUnit, field), Locate.TotalCell(TableRole.BasicFunction, field))(context.Tables);
            if (line.Labels is not null && spending is not null)
            {
                context.CheckEqual(IdentityScope.AcrossTables, IssueCodes.CrossTableMismatch,
                    tasks.Figure(line.Row, tasks.TotalColumn, $"{PerformanceTasks.Describe(line.Labels)}, 总额"), spending, $"the {task} task is the unit's {task}");
            }
        }
    }
}
