using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Core.Tests.Narrative;

public sealed class BoundaryTitlesTests
{
    [Theory]
    [InlineData("第四部分 公开报表", true)]
    [InlineData("二、表格部分", true)]
    [InlineData("第二部分 2026年部门预算表", true)]
    [InlineData("第二部分2026年度苏州市科学技术局单位预算表", true)]
    [InlineData("第三部分 2026年部门预算情况说明", false)]
    [InlineData("一、文字部分", false)]
    [InlineData("第四部分 名词解释", false)]
    public void IsTables_PartTitle_TellsThePartThatHoldsTheTables(string title, bool expected) =>
        Assert.Equal(expected, BoundaryTitles.IsTables(title));

    [Theory]
    [InlineData("警务辅助人员经费项目绩效目标表", true)]
    [InlineData("七、预算绩效目标情况", false)]
    [InlineData("会议费明细表", false)]
    public void IsFormTitle_Line_TellsAFormThatIsATable(string line, bool expected) =>
        Assert.Equal(expected, BoundaryTitles.IsFormTitle(line));

    [Theory]
    [InlineData("目录", true)]
    [InlineData("目次", true)]
    [InlineData("目录说明", false)]
    public void IsContents_Line_TellsTheContentsHeading(string line, bool expected) =>
        Assert.Equal(expected, BoundaryTitles.IsContents(line));
}
