using BudgetHarvest.Core.Model;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

/// <summary>
/// Narrative sentences as other templates print them: a total with the balances carried over, a part
/// named before a total's keyword, a change, a sub-unit's figure, an amount rounded to whole 万元.
/// Each is checked against the figure it names, or not at all, never against the total.
/// </summary>
public sealed class NarrativePartTests
{
    // Its 表1: 本年收入合计 3063.34 = 一般公共预算拨款 2807.53 + 政府性基金拨款 255.81; 表3 lists one unit.
    private const string Consistent = "0002-weinan-gonglu-2023";

    [Theory]
    [InlineData("本年一般公共预算收入2807.53万元")] // 无锡, 苏州: the part, not 预算收入
    [InlineData("一般公共预算财政拨款收入2807.53万元")] // 重庆: not 财政拨款收入
    [InlineData("本年政府性基金预算收入255.81万元")]
    public void Validate_PartNamedBeforeTheTotalsKeyword_CheckedAgainstThePart(string sentence)
    {
        // Without the part, the statement would be checked against 表1's 本年收入合计 3063.34 and fail.
        var report = WithSentence(sentence).Validate();

        Assert.True(report.Checked == report.Held, string.Join('\n', report.Issues.Select(i => i.Message)));
    }

    [Theory]
    [InlineData("本年一般公共预算收入2870.53万元")]
    [InlineData("一般公共预算财政拨款收入2870.53万元")]
    public void Validate_PartMisstated_StillFlaggedAgainstThePart(string sentence)
    {
        var report = WithSentence(sentence).Validate();

        Assert.Contains(report.Issues, i => i.Code == IssueCodes.NarrativeMismatch && i.Message.Contains("“一般公共预算拨款” is 2,807.53 万元", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("较上年增加了培训费0.20万元")] // a change, not the 培训费
    [InlineData("西安市某某服务中心公用经费预算60.57万元")] // a sub-unit listed in 表2
    [InlineData("局机关日常公用经费87.36万元")] // 日常公用经费 is a part of 公用经费
    [InlineData("其他运转类项目和特定目标类项目均实行绩效目标管理，涉及一般公共预算当年拨款1500.00万元")] // the projects' share
    public void Validate_SentenceAboutAChangeSubUnitOrSubset_NotChecked(string sentence)
    {
        var report = WithSentence(sentence).Validate();

        Assert.Equal(Baseline.Checked, report.Checked);
    }

    [Fact]
    public void Validate_TotalPrintedInWholeWan_HoldsWithinItsRounding()
    {
        // 上海 prints 收入预算12,814万元 for 12,813.86 万元.
        var report = WithSentence("收入预算3063万元").Validate();

        Assert.Equal(report.Checked, report.Held);
    }

    [Fact]
    public void Validate_TotalInWholeWanOffByMore_StillFlagged()
    {
        var report = WithSentence("收入预算3065万元").Validate();

        Assert.Contains(report.Issues, i => i.Code == IssueCodes.NarrativeMismatch && i.Message.Contains("“收入预算3065万元”", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NarrativeTotalWithBalances_HoldsAgainstTheGrandTotal()
    {
        // 深圳, 杭州: the narrative's 预算收入 is 收入总计, the year's income and what was carried over.
        var document = WithBalance(10m).WithSentenceIn("收入预算3073.34万元");

        Assert.DoesNotContain(document.Validate().Issues, i => i.Code == IssueCodes.NarrativeMismatch);
    }

    private static ValidationReport Baseline => Load(Consistent).WithSubUnit().Validate();

    private static BudgetDocument WithSentence(string sentence) => Load(Consistent).WithSubUnit().WithSentenceIn(sentence);

    /// <summary>The consistent document with 上年结转 printed and 收入总计 grown by it.</summary>
    internal static BudgetDocument WithBalance(decimal balance)
    {
        var document = Load(Consistent);
        document.SetSummary(1, SummaryPanels.Income, "上年结转", balance).SetSummary(1, SummaryPanels.Income, "收入总计", 3063.34m + balance);
        document.SetSummary(1, SummaryPanels.Function, "结转下年", balance).SetSummary(1, SummaryPanels.Function, "支出总计", 3063.34m + balance);
        return document;
    }
}

internal static class NarrativeEdits
{
    /// <summary>Adds a narrative section printing one sentence.</summary>
    public static BudgetDocument WithSentenceIn(this BudgetDocument document, string sentence)
    {
        document.Sections.Add(new NarrativeSection { Label = SectionLabel.Other, Heading = "补充说明", Text = sentence + "。" });
        return document;
    }

    /// <summary>Lists a sub-unit without figures in 表2, as a department budget lists its units.</summary>
    public static BudgetDocument WithSubUnit(this BudgetDocument document)
    {
        document.Table(2).Rows.Add(new TableRow().Set(RowFields.Code, "314009").Set(RowFields.Name, "西安市某某服务中心"));
        return document;
    }
}
