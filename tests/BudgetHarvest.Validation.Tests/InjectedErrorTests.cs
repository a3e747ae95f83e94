using BudgetHarvest.Core.Model;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

/// <summary>
/// One misprinted figure in a consistent document (corpus 0002 unless said: 渭南市公路管理局 2023, 万元)
/// makes the rule for that identity fire, naming the line and both figures.
/// </summary>
public sealed class InjectedErrorTests
{
    private const string Gonglu = "0002-weinan-gonglu-2023";

    [Fact]
    public void SummaryLinesSumToParent_SubLineMisprinted_ReportsParentAndSum()
    {
        var report = Load(Gonglu).SetSummary(1, SummaryPanels.DeptEconomic, "工资福利支出", 1588.12m, parent: "人员经费和公用经费支出").Validate();

        AssertReported(report, IssueCodes.SumMismatch, 1, "部门预算支出经济分类科目 “人员经费和公用经费支出”: 1,745.46 万元 ≠ 1,745.56 万元", "“工资福利支出” 1,588.12");
    }

    [Fact]
    public void SummaryYearTotal_TotalMisprinted_ReportsTotalAgainstTopLines()
    {
        var report = Load(Gonglu).SetSummary(1, SummaryPanels.Function, "本年支出合计", 3036.34m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 1, "支出功能分类科目 “本年支出合计”: 3,036.34 万元 ≠ 3,063.34 万元", "top-level lines");
    }

    [Fact]
    public void SummaryGrandTotal_GrandTotalMisprinted_ReportsItAgainstYearTotalAndBalances()
    {
        var report = Load(Gonglu).SetSummary(1, SummaryPanels.Income, "收入总计", 3063.43m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 1, "收入 “收入总计”: 3,063.43 万元 ≠ 3,063.34 万元", "balance lines");
    }

    [Fact]
    public void SummaryPanelsAgree_SpendingGrandTotalMisprinted_ReportsItAgainstIncome()
    {
        var report = Load(Gonglu).SetSummary(4, SummaryPanels.GovEconomic, "支出总计", 3063.53m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 4, "政府预算支出经济分类科目 “支出总计” is 3,063.53 万元 but 表4 收入 “收入总计” is 3,063.34 万元", "the budget balances");
    }

    [Fact]
    public void FundingSourcesSum_SourceMisprinted_ReportsRowTotal()
    {
        var report = Load(Gonglu).SetLine(2, "314008", RowFields.GovFund, 265.81m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 2, "line 314008 渭南市公路管理局, 合计: 3,063.34 万元 ≠ 3,073.34 万元", "funding sources", "政府性基金拨款 265.81");
    }

    [Fact]
    public void SpendingTypesSum_PersonnelMisprinted_ReportsRowTotal()
    {
        var report = Load(Gonglu).SetLine(5, "2140106", RowFields.Project, 2236.29m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 5, "line 2140106", "spending types", "专项业务经费 2,236.29");
    }

    [Fact]
    public void UnitCodeSums_UnitLineMisprinted_ReportsDepartmentLine()
    {
        var report = Load("0006-weinan-shuiliju-2023").SetLine(3, "316002", RowFields.Total, 763.20m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 3, "line 316 渭南市水利局, 合计: 1,293.91 万元 ≠ 1,320.91 万元", "unit lines", "line 316002 渭南市水文水资源勘测中心 763.20");
    }

    [Fact]
    public void SubjectCodeSums_KuanLineMisprinted_ReportsLeiLine()
    {
        var report = Load(Gonglu).SetLine(6, "30101", RowFields.Total, 448.21m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 6, "line 301 工资福利支出, 合计: 1,588.02 万元 ≠ 1,552.02 万元", "款 lines", "line 30101 基本工资 448.21");
    }

    [Fact]
    public void SubjectCodeSums_LeiLineMisprinted_ReportsTotalLine()
    {
        var report = Load(Gonglu).SetLine(5, "214", RowFields.Total, 2334.50m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 5, "合计 line, 合计", "the 类 lines", "line 214 交通运输支出 2,334.50");
    }

    [Fact]
    public void ThreePublicTotals_ReceptionMisprinted_ReportsTotal()
    {
        var report = Load(Gonglu).SetFirstRow(12, RowFields.Reception, 3.29m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 12, "合计: 23.78 万元 equals neither the three public costs 24.30 万元", "公务接待费 3.29");
    }

    [Fact]
    public void ThreePublicTotals_VehicleOperationMisprinted_ReportsVehicleSubtotal()
    {
        var report = Load(Gonglu).SetFirstRow(12, RowFields.VehicleOperation, 20.01m).Validate();

        AssertReported(report, IssueCodes.SumMismatch, 12, "公务用车购置及运行维护费: 21.01 万元 ≠ 20.01 万元", "购置费 and 运行维护费");
    }

    [Fact]
    public void PerformanceFunds_TaskLineMisprinted_ReportsAmountTotal()
    {
        var report = Load(Gonglu).ReplaceGridCell(14, "桥梁定期检测经费", "89.17", "98.17").Validate();

        AssertReported(report, IssueCodes.SumMismatch, 14, "金额合计, 总额: 3,063.34 万元 ≠ 3,072.34 万元", "task “桥梁定期检测经费");
    }

    [Fact]
    public void PerformanceFunds_FundsTotalMisprinted_ReportsItAgainstItsSources()
    {
        var document = Load(Gonglu);
        document.Table(14).Meta!.FundsTotal = 3036.34m;

        AssertReported(document.Validate(), IssueCodes.SumMismatch, 14, "资金金额 资金总额: 3,036.34 万元 ≠ 3,063.34 万元");
    }

    [Fact]
    public void CrossTableIdentities_ProjectListTotalMisprinted_ReportsBothTables()
    {
        var report = Load(Gonglu).SetLine(10, "合计", RowFields.Amount, 1371.88m).Validate();

        AssertReported(report, IssueCodes.CrossTableMismatch, 10, "表10 合计 line, 金额 is 1,371.88 万元 but 表1 部门预算支出经济分类科目 “专项业务经费支出” is 1,317.88 万元");
    }

    [Fact]
    public void CrossTableIdentities_FiscalTableGeneralBudgetMisprinted_ReportsTable4AgainstTable1()
    {
        var report = Load(Gonglu).SetSummary(4, SummaryPanels.Income, "一般公共预算拨款", 2807.35m).Validate();

        AssertReported(report, IssueCodes.CrossTableMismatch, 4, "表4 收入 “一般公共预算拨款” is 2,807.35 万元 but 表1 收入 “一般公共预算拨款” is 2,807.53 万元");
    }

    [Fact]
    public void BasicLinesMatchGeneralLines_BasicLineMisprinted_ReportsItAgainstGeneralLine()
    {
        var report = Load(Gonglu).SetLine(8, "30102", RowFields.Personnel, 24.13m).Validate();

        AssertReported(report, IssueCodes.CrossTableMismatch, 8, "表8 line 30102 津贴补贴, 人员经费 is 24.13 万元 but 表6 line 30102 津贴补贴, 人员经费 is 42.13 万元");
    }

    [Fact]
    public void PerformanceTasksMatchSpending_PersonnelTaskMisprinted_ReportsItAgainstTable3()
    {
        var report = Load(Gonglu).ReplaceGridCell(14, "人员经费", "1588.02", "1558.02").Validate();

        AssertReported(report, IssueCodes.CrossTableMismatch, 14, "task “人员经费", "is 1,558.02 万元 but 表3 合计 line, 人员经费 is 1,588.02 万元");
    }

    [Fact]
    public void NarrativeAmounts_GeneralBudgetMisstated_ReportsNarrativeAgainstTable1()
    {
        var report = Load(Gonglu).ReplaceText("一般公共预算拨款收入2807.53万元", "一般公共预算拨款收入2870.53万元").Validate();

        AssertReported(report, IssueCodes.NarrativeMismatch, 1, "“一般公共预算拨款收入2870.53万元” is 2,870.53 万元 but 表1 收入 “一般公共预算拨款” is 2,807.53 万元");
    }

    [Fact]
    public void NarrativeAmounts_ReceptionMisstated_ReportsNarrativeAgainstTable12()
    {
        var report = Load(Gonglu).ReplaceText("公务接待费2.39万元", "公务接待费2.93万元").Validate();

        AssertReported(report, IssueCodes.NarrativeMismatch, 12, "“公务接待费2.93万元” is 2.93 万元 but 表12 line “2023年预算数”, 公务接待费 is 2.39 万元");
    }

    [Fact]
    public void NarrativeSubjectAmounts_SubjectMisstated_ReportsNarrativeAgainstTable5()
    {
        var report = Load(Gonglu).ReplaceText("(2140106)2285.17万元", "(2140106)2258.17万元").Validate();

        AssertReported(report, IssueCodes.NarrativeMismatch, 5, "公路养护(2140106)2258.17万元", "表5 line 2140106 公路养护, 合计 is 2,285.17 万元");
    }

    [Fact]
    public void NarrativeChangeRates_RateMisstated_ReportsInfoWithTheRightRate()
    {
        var report = Load(Gonglu).ReplaceText("较上年增加0.49万元（25.79%）", "较上年增加0.49万元（52.79%）").Validate();

        var issue = AssertReported(report, IssueCodes.NarrativeMismatch, null, "a rise of 0.49 万元 to 2.39 万元 is 25.79% of last year's 1.90 万元, not 52.79%");
        Assert.Equal(IssueSeverity.Info, issue.Severity);
    }

    [Fact]
    public void TrainingMeetingDetail_DetailLineMisstated_ReportsListAgainstTable12()
    {
        var report = Load("0003-weinan-ziranziyuanju-2022").ReplaceText("60人 2.60", "60人 2.06").Validate();

        AssertReported(report, IssueCodes.NarrativeMismatch, 12, "会议费培训费明细 lists 1 line(s) totalling 2.06 万元 (专业技术人员继续教育培训 2.06)", "培训费 2.60 万元");
    }

    [Fact]
    public void StaffCounts_PostsDoNotAddUp_ReportsThem()
    {
        var report = Load("0001-tongchuan-jiaoyuju-2021").ReplaceText("行政编制111人", "行政编制121人").Validate();

        AssertReported(report, IssueCodes.NarrativeMismatch, null, "编制 470 人 ≠ 行政编制 121 + 事业编制 359 = 480 人");
    }

    internal static ExtractionIssue AssertReported(ValidationReport report, string code, int? table, params string[] fragments)
    {
        var issue = report.Issues.FirstOrDefault(i => i.Code == code && i.Table == table && fragments.All(f => i.Message.Contains(f, StringComparison.Ordinal)));
        Assert.True(issue is not null, $"no {code} on 表{table} with “{string.Join("”, “", fragments)}” among:\n{string.Join('\n', report.Issues.Select(i => $"{i.Code} 表{i.Table}: {i.Message}"))}");
        return issue!;
    }
}
