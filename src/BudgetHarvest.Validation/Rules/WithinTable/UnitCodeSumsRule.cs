using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;
using BudgetHarvest.Validation.Tables;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// In the tables with one line per budget unit (表2 收入总表, 表3 支出总表, 表10 专项业务经费支出表):
/// 合计 = Σ the top unit lines, and a department line (305) = Σ its units (305001, 305002, …), in
/// every amount column. Project lines under a unit carry no code and are not summed.
/// </summary>
public sealed class UnitCodeSumsRule : IValidationRule
{
    public string Name => "UnitCodeSums";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t => t.Kind is TableKind.IncomeByUnit or TableKind.ExpenseByUnit or TableKind.ProjectList))
        {
            var fields = table.Rows.SelectMany(r => r).Where(f => f.Value is decimal).Select(f => f.Key).Distinct().ToList();
            CodeLinesSum.Check(context, table, CodeTree.ByUnitCode(table), fields, _ => "unit");
        }
    }
}
