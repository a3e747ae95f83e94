using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;
using static BudgetHarvest.Validation.Rules.AcrossTables.Locate;

namespace BudgetHarvest.Validation.Rules.AcrossTables;

/// <summary>
/// The figures the standard tables print twice, as data. Each holds in every template: 表5 is the
/// 一般公共预算 part of 表1 (so it equals 表1's 一般公共预算拨款, not its total, when a unit also
/// has 政府性基金 or 事业收入); 表7 is 表5 without project spending; 表10 lists all project spending,
/// whatever its source, so it equals 表1's 专项业务经费支出 rather than 表5's project column.
/// A 合计 that includes the balances carried over (上年结转, 上年实户资金余额) may instead equal the
/// 收入总计 / 支出总计 (or the source with what it carried over), and a 表5 titled 财政拨款支出表
/// spends all of 表4; the identity holds when either reading does, so a true mismatch still fails.
/// </summary>
public static class CrossTableIdentities
{
    private const string Income = SummaryPanels.Income;
    private const string Function = SummaryPanels.Function;
    private const string DeptEconomic = SummaryPanels.DeptEconomic;
    private const string FiscalWord = "财政拨款";
    private const string GeneralBudgetWord = "一般公共预算";

    /// <summary>The identities of the default rule set.</summary>
    public static IReadOnlyList<CrossTableIdentity> Default { get; } =
    [
        new("IncomeByUnitTotal", TotalCell(TableRole.IncomeByUnit, RowFields.Total),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.YearTotal), "表2 splits 表1's income by unit")
        {
            Alternatives = [SummaryLine(TableRole.Summary, Income, SummaryLabels.GrandTotal)],
        },
        new("IncomeByUnitGeneralBudget", TotalCell(TableRole.IncomeByUnit, RowFields.GeneralBudget),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget), "表2 splits 表1's income by unit"),
        new("ExpenseByUnitTotal", TotalCell(TableRole.ExpenseByUnit, RowFields.Total),
            SummaryLine(TableRole.Summary, Function, SummaryLabels.YearTotal), "表3 splits 表1's spending by unit")
        {
            Alternatives = [SummaryLine(TableRole.Summary, Function, SummaryLabels.GrandTotal)],
        },
        new("ExpenseByUnitBasic", TotalCells(TableRole.ExpenseByUnit, RowFields.Personnel, RowFields.Public),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.BasicSpending), "basic spending is 人员经费 + 公用经费"),
        new("ExpenseByUnitProject", TotalCell(TableRole.ExpenseByUnit, RowFields.Project),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.ProjectSpending), "both are all project spending"),
        new("FiscalIncome", SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.YearTotal),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.FiscalAppropriation), "表4 is the 财政拨款 part of 表1"),
        new("FiscalGeneralBudget", SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.GeneralBudget),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget), "表4 is the 财政拨款 part of 表1"),
        new("FiscalGovFund", SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.GovFund),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund), "表4 is the 财政拨款 part of 表1"),
        new("GeneralFunctionTotal", TotalCell(TableRole.GeneralFunction, RowFields.Total),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget), "表5 spends the 一般公共预算拨款")
        {
            Alternatives =
            [
                WithCarriedOver(TableRole.FiscalSummary, Income, SummaryLabels.GeneralBudget),
                WhenTitled(TableRole.GeneralFunction, FiscalWord, GeneralBudgetWord, SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.GrandTotal)),
            ],
        },
        .. SameTotals("GeneralEconomic", TableRole.GeneralEconomic, TableRole.GeneralFunction, "表5 and 表6 split the same spending",
            RowFields.Total, RowFields.Personnel, RowFields.Public, RowFields.Project),
        new("BasicFunctionTotal", TotalCell(TableRole.BasicFunction, RowFields.Total),
            TotalCells(TableRole.GeneralFunction, RowFields.Personnel, RowFields.Public), "表7 is 表5 without project spending"),
        .. SameTotals("BasicFunction", TableRole.BasicFunction, TableRole.GeneralFunction, "表7 is 表5 without project spending",
            RowFields.Personnel, RowFields.Public),
        .. SameTotals("BasicEconomic", TableRole.BasicEconomic, TableRole.BasicFunction, "表7 and 表8 split the same basic spending",
            RowFields.Total, RowFields.Personnel, RowFields.Public),
        new("GovFundIncome", SummaryLine(TableRole.GovFundSummary, Income, SummaryLabels.YearTotal),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund), "表9 details the 政府性基金拨款"),
        new("ProjectListTotal", TotalCell(TableRole.ProjectList, RowFields.Amount),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.ProjectSpending), "表10 lists all project spending"),
    ];

    // The 合计 lines of two tables agree column by column.
    private static IEnumerable<CrossTableIdentity> SameTotals(string name, TableRole stated, TableRole reference, string why, params string[] fields) =>
        fields.Select(f => new CrossTableIdentity(name + f, TotalCell(stated, f), TotalCell(reference, f), why));
}
