using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// A spending row's 合计 = 人员经费 + 公用经费 (+ 专项业务经费, + 上缴上级 / 经营 / 对附属单位补助
/// where printed): in 表3 支出总表 by type, 表5–表8.
/// </summary>
public sealed class SpendingTypesSumRule : IValidationRule
{
    private static readonly string[] TypeFields = [RowFields.Personnel, RowFields.Public, RowFields.Project];

    private static readonly string[] ExpenseByUnitFields =
        [RowFields.Personnel, RowFields.Public, RowFields.Project, RowFields.SuperiorRemit, RowFields.Operating, RowFields.Subsidiary];

    public string Name => "SpendingTypesSum";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            var fields = table.Kind switch
            {
                TableKind.FunctionDetail or TableKind.EconomicDetail => TypeFields,
                TableKind.ExpenseByUnit when IsSplitByType(table) => ExpenseByUnitFields,
                _ => null,
            };
            if (fields is null)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                RowPartsSum.Check(context, table, row, fields, "the row's spending types");
            }
        }
    }

    /// <summary>表3 templates split spending either by type (人员/公用/专项) or by funding source.</summary>
    internal static bool IsSplitByType(BudgetTable table) => table.Rows.Exists(r => TypeFields.Any(r.Has));
}
