using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;
using static BudgetHarvest.Validation.Rules.AcrossTables.Locate;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// The amounts the narrative states, as data: keyword and the table figure(s) it must equal. The
/// 人员经费 / 公用经费 / 基本支出 / 专项业务经费 of the narrative are the whole unit's (表3) in the
/// budget overview and the 一般公共预算 part (表7, 表5) in other sections. Look-behinds
/// keep one keyword from matching inside another (一般公共预算支出 is not a 预算支出 total;
/// 培训费预算支出 is not one either).
/// </summary>
public static class NarrativeClaims
{
    private const string Income = SummaryPanels.Income;
    private const string Function = SummaryPanels.Function;
    private const string DeptEconomic = SummaryPanels.DeptEconomic;

    /// <summary>The claims of the default rule set.</summary>
    public static IReadOnlyList<NarrativeClaim> Default { get; } =
    [
        new("TotalIncome", "(?:预算收入|收入预算|收支预算总额|预算总收入)", SummaryLine(TableRole.Summary, Income, SummaryLabels.YearTotal)),
        new("TotalSpending", "(?<![共费])(?:预算支出|支出预算)", SummaryLine(TableRole.Summary, Function, SummaryLabels.YearTotal)),
        new("GeneralBudgetIncome", "一般公共预算拨款(?:收入)?", SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget)),
        new("GeneralBudgetAppropriation", @"一般公共预算\s*当年拨款", SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget)),
        new("GovFundIncome", "政府性基金(?:预算)?拨款(?:收入)?", SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund)),
        new("GovFundAppropriation", @"政府性基金预算\s*当年拨款", SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund)),
        new("StateCapitalAppropriation", "国有资本经营预算(?:当年)?拨款", SummaryLine(TableRole.Summary, Income, SummaryLabels.StateCapital)),
        new("BusinessIncome", "事业收入", SummaryLine(TableRole.Summary, Income, SummaryLabels.Business)),
        new("FiscalIncome", "(?<!非)财政拨款(?:收入|收支预算)", SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.YearTotal)),
        new("FiscalSpending", "(?<!非)财政拨款支出", SummaryLine(TableRole.FiscalSummary, Function, SummaryLabels.YearTotal)),
        new("GeneralBudgetSpending", "一般公共预算(?:当年)?(?:拨款)?支出", TotalCell(TableRole.GeneralFunction, RowFields.Total)),
        new("GovFundSpending", "政府性基金(?:预算)?拨款支出", SummaryLine(TableRole.GovFundSummary, Function, SummaryLabels.YearTotal)),
        new("Basic", "基本支出", FirstOf(TotalCells(TableRole.ExpenseByUnit, RowFields.Personnel, RowFields.Public),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.BasicSpending)), TotalCell(TableRole.BasicFunction, RowFields.Total)),
        new("Personnel", "(?<!和)人员经费(?:支出)?", TotalCell(TableRole.ExpenseByUnit, RowFields.Personnel), TotalCell(TableRole.BasicFunction, RowFields.Personnel)),
        new("Public", "(?:公用经费|机关运行经费)(?:预算)?(?:安排)?", TotalCell(TableRole.ExpenseByUnit, RowFields.Public), TotalCell(TableRole.BasicFunction, RowFields.Public)),
        new("Project", "专项业务经费(?:支出)?", FirstOf(TotalCell(TableRole.ExpenseByUnit, RowFields.Project),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.ProjectSpending)), TotalCell(TableRole.GeneralFunction, RowFields.Project)),
        new("ThreePublicCosts", "“?三公”?经费(?:预算)?(?:支出)?", ThreePublicCosts()),
        new("Outbound", "因公出国[（(]境[)）](?:经费|费用|费)", ThreePublicCell(RowFields.Outbound)),
        new("Reception", "公务接待费", ThreePublicCell(RowFields.Reception)),
        new("VehicleTotal", "公务用车购置及运行(?:维护)?费", ThreePublicCell(RowFields.VehicleTotal)),
        new("VehiclePurchase", "公务用车购置费", ThreePublicCell(RowFields.VehiclePurchase)),
        new("VehicleOperation", "公务用车运行(?:维护)?费", ThreePublicCell(RowFields.VehicleOperation)),
        new("Meeting", "会议费(?:预算)?(?:支出)?", ThreePublicCell(RowFields.Meeting)),
        new("Training", "培训费(?:预算)?(?:支出)?", ThreePublicCell(RowFields.Training)),
    ];
}
