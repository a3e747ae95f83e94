using BudgetHarvest.Core.Model;
using BudgetHarvest.Validation.Tables;
using static BudgetHarvest.Validation.Rules.AcrossTables.Locate;

namespace BudgetHarvest.Validation.Rules.Narrative;

/// <summary>
/// The amounts the narrative states, as data: keyword and the table figure(s) it must equal. The
/// 人员经费 / 公用经费 / 基本支出 / 专项业务经费 of the narrative are the whole unit's (表3) in the
/// budget overview and the 一般公共预算 part (表7) in other sections. Look-behinds
/// keep one keyword from matching inside another (一般公共预算支出 is not a 预算支出 total;
/// 培训费预算支出 is not one either). A total's statement whose clause names a part (一般公共预算,
/// 政府性基金, 基本支出, …) is that part's, checked by the part's claim or not at all; 日常公用经费 is a
/// part of 公用经费.
/// </summary>
public static class NarrativeClaims
{
    private const string Income = SummaryPanels.Income;
    private const string Function = SummaryPanels.Function;
    private const string DeptEconomic = SummaryPanels.DeptEconomic;
    private const string FiscalWord = "财政拨款";

    // Parts of the budget a sentence may name before a total's keyword: the amount is that part's.
    private static readonly string[] FundParts = ["一般公共预算", "政府性基金", "国有资本经营", "结转", "结余"];
    private static readonly string[] SpendingParts = ["基本支出", "项目支出", "三公", "因公出国", "公务用车", "公务接待", "会议费", "培训费", "机关运行"];
    private static readonly string[] CarriedOver = ["结转", "结余"];
    private static readonly string[] Projects = ["项目"];

    /// <summary>The claims of the default rule set.</summary>
    public static IReadOnlyList<NarrativeClaim> Default { get; } =
    [
        new("TotalIncome", "(?:预算收入|收入预算|收支预算总额|预算总收入)", SummaryLine(TableRole.Summary, Income, SummaryLabels.YearTotal),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GrandTotal)) { PartWords = [.. FundParts, FiscalWord, .. SpendingParts] },
        new("TotalSpending", "(?<![共费])(?:预算支出|支出预算)", SummaryLine(TableRole.Summary, Function, SummaryLabels.YearTotal),
            SummaryLine(TableRole.Summary, Function, SummaryLabels.GrandTotal)) { PartWords = [.. FundParts, FiscalWord, .. SpendingParts] },
        new("GeneralBudgetIncome", "一般公共预算(?:财政)?(?:拨款收入|拨款|收入)", SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget)) { PartWords = CarriedOver, SubsetWords = Projects },
        new("GeneralBudgetAppropriation", @"一般公共预算\s*当年拨款", SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget),
            WithCarriedOver(TableRole.FiscalSummary, Income, SummaryLabels.GeneralBudget)) { SubsetWords = Projects },
        new("GovFundIncome", "政府性基金(?:预算)?(?:财政)?(?:拨款收入|拨款|收入)", SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund)) { PartWords = CarriedOver, SubsetWords = Projects },
        new("GovFundAppropriation", @"政府性基金预算\s*当年拨款", SummaryLine(TableRole.Summary, Income, SummaryLabels.GovFund)) { SubsetWords = Projects },
        new("StateCapitalAppropriation", "国有资本经营预算(?:当年)?(?:财政)?(?:拨款收入|拨款|收入)", SummaryLine(TableRole.Summary, Income, SummaryLabels.StateCapital)) { PartWords = CarriedOver, SubsetWords = Projects },
        new("BusinessIncome", "事业收入", SummaryLine(TableRole.Summary, Income, SummaryLabels.Business)) { PartWords = CarriedOver },
        new("FiscalIncome", "(?<!非)财政拨款(?:收入|收支预算)", SummaryLine(TableRole.FiscalSummary, Income, SummaryLabels.YearTotal)) { PartWords = [.. FundParts, .. SpendingParts] },
        new("FiscalSpending", "(?<!非)财政拨款支出", SummaryLine(TableRole.FiscalSummary, Function, SummaryLabels.YearTotal)) { PartWords = [.. FundParts, .. SpendingParts] },
        new("GeneralBudgetSpending", "一般公共预算(?:当年)?(?:财政)?(?:拨款)?支出(?:预算)?", TotalCell(TableRole.GeneralFunction, RowFields.Total),
            SummaryLine(TableRole.Summary, Income, SummaryLabels.GeneralBudget)),
        new("GovFundSpending", "政府性基金(?:预算)?拨款支出", SummaryLine(TableRole.GovFundSummary, Function, SummaryLabels.YearTotal)),
        new("Basic", "基本支出(?:预算)?", FirstOf(TotalCells(TableRole.ExpenseByUnit, RowFields.Personnel, RowFields.Public),
            SummaryLine(TableRole.Summary, DeptEconomic, SummaryLabels.BasicSpending)), TotalCell(TableRole.BasicFunction, RowFields.Total)),
        new("Personnel", "(?<!和)人员经费(?:支出)?", TotalCell(TableRole.ExpenseByUnit, RowFields.Personnel), TotalCell(TableRole.BasicFunction, RowFields.Personnel)),
        new("Public", "(?<!日常)(?:公用经费|机关运行经费)(?:预算)?(?:安排)?", TotalCell(TableRole.ExpenseByUnit, RowFields.Public), TotalCell(TableRole.BasicFunction, RowFields.Public)),
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
