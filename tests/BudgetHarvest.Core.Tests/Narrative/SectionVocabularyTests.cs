using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Core.Tests.Narrative;

public sealed class SectionVocabularyTests
{
    [Theory]
    [InlineData("1、主要职责是：", SectionLabel.Duties)]
    [InlineData("（二）机构设置情况", SectionLabel.Organization)]
    [InlineData("二、年度工作重点", SectionLabel.Tasks)]
    [InlineData("三、人员编制及实有人数情况", SectionLabel.Staffing)]
    [InlineData("（一）预算收支总体情况", SectionLabel.BudgetOverview)]
    [InlineData("（二）财政拨款收支预算情况", SectionLabel.FiscalAppropriation)]
    [InlineData("七、一般公共预算当年拨款支出情况", SectionLabel.GeneralBudgetDetail)]
    [InlineData("（四）政府性基金预算收支情况", SectionLabel.GovFundBudget)]
    [InlineData("九、国有资本经营预算拨款收支情况", SectionLabel.StateCapitalBudget)]
    [InlineData("五、“三公”经费及会议费、培训费情况说明", SectionLabel.ThreePublicCosts)]
    [InlineData("六、国有资产占用情况", SectionLabel.Assets)]
    [InlineData("七、政府采购预算情况", SectionLabel.Procurement)]
    [InlineData("八、预算绩效目标说明", SectionLabel.PerformanceTargets)]
    [InlineData("九、机关运行经费情况说明", SectionLabel.OperatingCosts)]
    [InlineData("十一、相关名词解释", SectionLabel.Glossary)]
    [InlineData("十、其他需要说明的事项", SectionLabel.Other)]
    public void LabelOf_SectionHeading_NamesItsLabel(string heading, SectionLabel label) =>
        Assert.Equal(label, SectionVocabulary.LabelOf(heading));

    [Theory]
    [InlineData("一、主要职责及机构设置")]
    [InlineData("一、部门基本情况")]
    [InlineData("四、收支说明")]
    [InlineData(null)]
    public void LabelOf_GroupingOrGenericHeading_NamesNoLabel(string? heading) => Assert.Null(SectionVocabulary.LabelOf(heading));

    [Fact]
    public void SubjectsOf_TitleOverTwoSubjects_NamesBoth() =>
        Assert.Equal([SectionLabel.Duties, SectionLabel.Organization], SectionVocabulary.SubjectsOf("一、部门主要职责及机构设置"));

    [Fact]
    public void Name_EveryLabel_ParsesBack()
    {
        foreach (var label in SectionVocabulary.Labels)
        {
            Assert.Equal(label, SectionVocabulary.Parse(SectionVocabulary.Name(label)));
        }

        Assert.Equal("three_public_costs", SectionVocabulary.Name(SectionLabel.ThreePublicCosts));
    }

    [Fact]
    public void Parse_UnknownName_Throws() => Assert.Throws<ArgumentException>(() => SectionVocabulary.Parse("budget"));

    [Theory]
    [InlineData("第四部分 公开报表", true)]
    [InlineData("第五部分：部门预算公开报表", true)]
    [InlineData("第四部分：专业名词解释", false)]
    public void IsTablesPart_PartHeading_TellsTheTablesPart(string line, bool expected) =>
        Assert.Equal(expected, SectionVocabulary.IsTablesPart(line));
}
