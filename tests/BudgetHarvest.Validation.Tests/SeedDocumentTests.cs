using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Validation.Tests;

/// <summary>
/// The seed disclosure (宝鸡市大数据管理中心 2023, seeds/baoji-bigdata-2023.txt; corpus 0000) is a
/// real publication with real mistakes. Worked out by hand from the seed text (万元 throughout):
/// <list type="number">
/// <item>表4, 政府预算支出经济分类: "一、部门预算" 363.45, but its lines print 机关工资福利支出 243.51
/// + 机关商品和服务支出 20 + 对事业单位经常性补助 363.38 + 对个人和家庭的补助 0.07 = 626.96. A unit
/// is either 机关 or 事业单位; 表1's same panel leaves both 机关 lines blank and 363.38 + 0.07 = 363.45,
/// so 243.51 and 20 are spurious. (The ground truth file lists this one.)</item>
/// <item>Narrative "三公"经费 0.2: its own parts are 因公出国 0, 公务接待 0, 公务用车运行维护 0, 购置 0,
/// and 表12 prints 0 + 0 + 0; the 0.2 is the 培训费 (表12's 合计 0.20 includes 培训费 in this template).</item>
/// <item>Narrative 公用经费 12.5 (九、公用经费情况说明), but 表3/表5/表7/表8 all print 公用经费 12.00.</item>
/// <item>Narrative 商品和服务支出(302) 12.50 of the 一般公共预算支出 363.45; 表6 line 302 prints 52.00
/// (12.00 basic + 40.00 project). With 12.50 the narrative's own classes add to 311.38 + 12.50 + 0.07 =
/// 323.95 ≠ 363.45; with 52.00 they add to 363.45. Stated twice (单位/政府 classification), reported once.</item>
/// <item>"三公"经费 0.2, 较上年减少 0.6 (33.33%): last year was 0.8, so the fall is 75%.</item>
/// <item>培训费 0.2, 较上年减少 0.4 (40%): last year was 0.6, so the fall is 66.67%.</item>
/// <item>会议费培训费明细 lists one training at 0.02, but 培训费 is 0.2 (会议费 0).</item>
/// </list>
/// Not reported, because they hold within the 0.01 rounding tolerance: 表6 合计 363.44 vs 表5 363.45,
/// 表6 301 311.37 vs 表1 and the narrative 311.38, 表4 一般公共服务支出 316.62 vs 表1 316.63, 表4 人员经费和
/// 公用经费 323.44 vs its lines 323.45. Not mistakes: the narrative's function list (276.63 + 29.80 +
/// 16.82) omits lines rather than misstating them; every stated figure matches 表5.
/// </summary>
public sealed class SeedDocumentTests
{
    public const string SeedName = "0000-baoji-bigdata-2023";

    private static readonly ValidationReport Report = new DocumentValidator().Validate(Fixtures.GroundTruth(Fixtures.Public(SeedName + ".pdf")));

    [Fact]
    public void Validate_SeedDocument_ReportsExactlyItsSevenInconsistencies()
    {
        Assert.Collection(Report.Issues,
            i => AssertIssue(i, IssueCodes.SumMismatch, 4, "“部门预算”: 363.45 万元 ≠ 626.96 万元", "“机关工资福利支出” 243.51", "“机关商品和服务支出” 20.00"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, 12, "“三公”经费预算支出0.2万元", "is 0.20 万元", "表12 line “2023年预算数”", "is 0.00 万元"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, 3, "公用经费预算安排12.5万元", "表3 合计 line, 公用经费 is 12.00 万元"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, 6, "商品和服务支出(302)12.50万元", "表6 line 302 商品和服务支出, 合计 is 52.00 万元"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, null, "减少0.6万元(33.33%)", "75.00% of last year's 0.80 万元"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, null, "减少0.4万元（40%）", "66.67% of last year's 0.60 万元"),
            i => AssertIssue(i, IssueCodes.NarrativeMismatch, 12, "会议费培训费明细", "totalling 0.02 万元", "培训费 0.20 万元"));
    }

    [Fact]
    public void Validate_SeedDocument_ChangeRatesAreInfoAndFigureMismatchesWarnings()
    {
        Assert.Equal(2, Report.Issues.Count(i => i.Severity == IssueSeverity.Info && i.Message.Contains("last year's", StringComparison.Ordinal)));
        Assert.Equal(5, Report.Issues.Count(i => i.Severity == IssueSeverity.Warning));
    }

    [Fact]
    public void Validate_SeedDocument_CountsEveryIdentityOnceWithOneFailurePerIssue()
    {
        Assert.Equal(Report.Issues.Count, Report.Checked - Report.Held);
        Assert.Equal(1, Report.Tally(IdentityScope.WithinTable).Failed);
        Assert.Equal(0, Report.Tally(IdentityScope.AcrossTables).Failed);
        Assert.Equal(6, Report.Tally(IdentityScope.Narrative).Failed);
    }

    [Fact]
    public void Validate_SeedDocument_ReadsStaffFacts()
    {
        Assert.Equal(
            new Facts.StaffingFacts { Authorized = 30, AuthorizedAdministrative = 0, AuthorizedPublicService = 30, Actual = 30, ActualAdministrative = 0, ActualPublicService = 30, Retired = 5 },
            Report.Staffing);
    }

    private static void AssertIssue(ExtractionIssue issue, string code, int? table, params string[] fragments)
    {
        Assert.Equal(code, issue.Code);
        Assert.Equal(table, issue.Table);
        Assert.All(fragments, f => Assert.Contains(f, issue.Message, StringComparison.Ordinal));
    }
}
