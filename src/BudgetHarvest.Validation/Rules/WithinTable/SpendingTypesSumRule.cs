using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// A spending row's 合计 = 人员经费 + 公用经费 (+ 专项业务经费, + 上缴上级 / 经营 / 对附属单位补助
/// where printed), or 基本支出 + 项目支出 where 基本支出 is printed: in 表3 支出总表 by type, 表5–表8.
/// </summary>
public sealed class SpendingTypesSumRule : IValidationRule
{
    private static readonly string[] TypeFields = [RowFields.Personnel, RowFields.Public, RowFields.Project];

    private static readonly string[] ExpenseByUnitFields =
        [RowFields.Personnel, RowFields.Public, RowFields.Project, RowFields.SuperiorRemit, RowFields.Operating, RowFields.Subsidiary];

    /// <summary>The parts of 基本支出, replaced by it where a row prints it.</summary>
    private static readonly string[] SplitOfBasic = [RowFields.Personnel, RowFields.Public];

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
                // A template printing 基本支出 as one column (or beside its 人员/公用 split) sums it with 项目支出.
                RowPartsSum.Check(context, table, row, row.Has(RowFields.Basic) ? [.. fields.Except(SplitOfBasic).Prepend(RowFields.Basic)] : fields, "the row's spending types");
            }
        }
    }

    /// <summary>表3 templates split spending either by type (人员/公用/专项) or by funding source.</summary>
    internal static bool IsSplitByType(BudgetTable table) => table.Rows.Exists(r => TypeFields.Any(r.Has) || r.Has(RowFields.Basic));
}
