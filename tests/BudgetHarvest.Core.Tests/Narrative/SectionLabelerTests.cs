using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Core.Tests.Narrative;

/// <summary>The outline and heading decisions of the labeller, with the default (heading rules) classifier.</summary>
public sealed class SectionLabelerTests
{
    private readonly SectionLabeler _labeler = new(new HeadingRulesClassifier());

    [Fact]
    public void Label_GroupingHeadingOverSubSections_BelongsToNoSection()
    {
        var sections = Label(
            "第二部分 收支情况",
            "四、收支说明",
            "（一）收支预算总体情况",
            "按照综合预算的原则，本单位所有收入和支出均纳入单位预算管理。本单位预算收入363.45万元。",
            "（二）财政拨款收支情况",
            "本单位财政拨款收入363.45万元，其中一般公共预算拨款收入363.45万元。");

        Assert.Collection(
            sections,
            s => AssertSection(s, SectionLabel.BudgetOverview, "（一）收支预算总体情况", "按照综合预算的原则，本单位所有收入和支出均纳入单位预算管理。本单位预算收入363.45万元。"),
            s => AssertSection(s, SectionLabel.FiscalAppropriation, "（二）财政拨款收支情况", "本单位财政拨款收入363.45万元，其中一般公共预算拨款收入363.45万元。"));
    }

    [Fact]
    public void Label_SubHeadingsOfTheSameSubject_StayInTheSectionAsText()
    {
        var sections = Label(
            "（三）一般公共预算拨款支出明细情况",
            "1、一般公共预算当年拨款规模变化情况",
            "本单位当年一般公共预算拨款支出363.45万元，较上年增加106.46万元。",
            "2、支出按功能科目分类的明细情况",
            "本单位当年一般公共预算支出363.45万元，其中：",
            "（四）政府性基金预算收支情况",
            "本单位无政府性基金预算收支，并已公开空表。");

        Assert.Equal(2, sections.Count);
        AssertSection(sections[0], SectionLabel.GeneralBudgetDetail, "（三）一般公共预算拨款支出明细情况",
            "1、一般公共预算当年拨款规模变化情况\n本单位当年一般公共预算拨款支出363.45万元，较上年增加106.46万元。\n2、支出按功能科目分类的明细情况\n本单位当年一般公共预算支出363.45万元，其中：");
        Assert.Equal(SectionLabel.GovFundBudget, sections[1].Label);
    }

    [Fact]
    public void Label_HeadingRunIntoItsParagraph_IsSplitFromTheText()
    {
        var sections = Label(
            "二、机构设置情况",
            "铜川市教育局为市政府工作部门，机构规格为正处级。",
            "三、人员情况说明：2022年末，铜川市教育局编制总数62名，在职在编57人。",
            "四、工作任务",
            "2023年，本单位将重点做好以下工作：");

        AssertSection(sections[1], SectionLabel.Staffing, "三、人员情况说明", "2022年末，铜川市教育局编制总数62名，在职在编57人。");
        Assert.Equal(SectionLabel.Tasks, sections[2].Label);
    }

    [Fact]
    public void Label_ListItemsNamingOtherSubjects_StayInTheirSection()
    {
        var sections = Label(
            "2、内设机构如下：",
            "（一）办公室。负责中心日常行政事务，包括人事、财务、资产管理等工作；",
            "（二）数据部。负责做好数据的采集、接入、整理、维护、更新等日常管理工作。",
            "十、专业名词解释",
            "1. 机关运行经费：指各单位的公用经费，包括办公及印刷费、邮电费、差旅费。",
            "2. 公用经费：指为保障单位正常运转用于购买商品和服务等方面的支出。",
            "3. “三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。");

        Assert.Equal([SectionLabel.Organization, SectionLabel.Glossary], sections.Select(s => s.Label));
        Assert.Equal(2, sections[0].Text.Split('\n').Length);
        Assert.Equal(3, sections[1].Text.Split('\n').Length);
    }

    [Fact]
    public void Label_ParagraphWithoutHeading_StaysInTheSectionAbove()
    {
        var sections = Label(
            "六、国有资产占用情况",
            "截至2022年12月31日，本单位共有公务用车2辆。",
            "2023年本单位无车辆购置预算。");

        AssertSection(Assert.Single(sections), SectionLabel.Assets, "六、国有资产占用情况", "截至2022年12月31日，本单位共有公务用车2辆。\n2023年本单位无车辆购置预算。");
    }

    [Fact]
    public void Label_UnnumberedHeadingsWithLabels_OpenSections()
    {
        var sections = Label(
            "单位基本情况",
            "主要职责",
            "本单位主要职责是：1.负责传染病、慢性非传染性疾病的监测、预防和控制工作。",
            "内设机构",
            "宝鸡市疾病预防控制中心为宝鸡市卫生健康委员会所属财政全额拨款事业单位。",
            "内设机构如下：");

        Assert.Equal([SectionLabel.Duties, SectionLabel.Organization], sections.Select(s => s.Label));
        Assert.Equal("宝鸡市疾病预防控制中心为宝鸡市卫生健康委员会所属财政全额拨款事业单位。\n内设机构如下：", sections[1].Text);
    }

    [Fact]
    public void LabelParagraphs_PartAndGroupingHeadings_GetNoLabel()
    {
        var paragraphs = Paragraphs("第一部分 单位概况", "一、主要职责及机构设置", "1、主要职责是：", "（一）负责市政府门户网站的建设、管理、维护工作；");

        var labels = _labeler.LabelParagraphs(paragraphs);

        Assert.Equal([null, null, SectionLabel.Duties, SectionLabel.Duties], labels);
    }

    private List<NarrativeSection> Label(params string[] texts) => _labeler.Label(Paragraphs(texts));

    private static List<NarrativeParagraph> Paragraphs(params string[] texts) => [.. texts.Select(t => NarrativeParagraph.Read(t, [1]))];

    private static void AssertSection(NarrativeSection section, SectionLabel label, string? heading, string text)
    {
        Assert.Equal(label, section.Label);
        Assert.Equal(heading, section.Heading);
        Assert.Equal(text, section.Text);
    }
}
