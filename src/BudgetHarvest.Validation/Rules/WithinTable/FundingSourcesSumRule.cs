using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Checking;

namespace BudgetHarvest.Validation.Rules.WithinTable;

/// <summary>
/// A row of 表2 收入总表 (and of a 表3 split by funding source): 合计 = Σ the funding sources
/// (一般公共预算拨款 + 政府性基金拨款 + … + 上年结转). The <c>其中：专项资金</c> column details
/// 一般公共预算拨款 and is not one of the parts. A row printing 财政拨款 as one column (上海, 长沙)
/// counts it in place of its 一般公共预算 / 政府性基金 / 国有资本经营 parts.
/// </summary>
public sealed class FundingSourcesSumRule : IValidationRule
{
    private static readonly string[] SourceFields =
    [
        RowFields.GeneralBudget, RowFields.GovFund, RowFields.StateCapital, RowFields.SuperiorSubsidy, RowFields.Business,
        RowFields.Operating, RowFields.Subsidiary, RowFields.FundBalanceUsed, RowFields.Carryover, RowFields.PriorBalance, RowFields.Other,
    ];

    private static readonly string[] FiscalParts = [RowFields.GeneralBudget, RowFields.GovFund, RowFields.StateCapital];

    public string Name => "FundingSourcesSum";

    public void Check(ValidationContext context)
    {
        foreach (var table in context.Document.Tables.Where(t =>
            t.Kind == TableKind.IncomeByUnit || (t.Kind == TableKind.ExpenseByUnit && !SpendingTypesSumRule.IsSplitByType(t))))
        {
            foreach (var row in table.Rows)
            {
                var sources = row.Has(RowFields.Fiscal) ? [RowFields.Fiscal, .. SourceFields.Except(FiscalParts)] : SourceFields;
                RowPartsSum.Check(context, table, row, sources, "the row's funding sources");
            }
        }
    }
}
