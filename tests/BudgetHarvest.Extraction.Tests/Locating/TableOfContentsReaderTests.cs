using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Tests.Locating;

public sealed class TableOfContentsReaderTests
{
    private static readonly TemplateFamily General = FamilyCatalog.Default.General;

    [Fact]
    public void Read_ChineseOrdinalsUnderPartBanner_ListsOnlyTheTables()
    {
        var page = SyntheticPages.Page(2, "目录", "第一部分 部门概况", "一、主要职责", "二、机构设置情况", "第二部分 2026年部门预算表",
            "一、收支总体情况表", "二、收入总体情况表", "三、支出总体情况表", "十一、项目支出预算情况表");

        var (entries, pages) = TableOfContentsReader.Read([page], General);

        Assert.Equal([(1, "收支总体情况表"), (2, "收入总体情况表"), (3, "支出总体情况表"), (11, "项目支出预算情况表")], entries.Select(e => (e.Number, e.Title)));
        Assert.Equal([2], pages);
    }

    [Theory]
    [InlineData("（一）", "（二）", "（三）")]
    [InlineData("1.", "2.", "3.")]
    [InlineData("1、", "2、", "3、")]
    [InlineData("表1.", "表2.", "表3.")]
    public void Read_EnumeratorStyles_NumbersFromTheEnumerator(string first, string second, string third)
    {
        var page = SyntheticPages.Page(3, "目录", first + "收支总表", second + "收入总表", third + "一般公共预算支出表（按功能分类）");

        var (entries, _) = TableOfContentsReader.Read([page], General);

        Assert.Equal([1, 2, 3], entries.Select(e => e.Number));
        Assert.Equal("一般公共预算支出表（按功能分类）", entries[2].Title);
    }

    [Fact]
    public void Read_DotLeadersAndPageNumbers_LeftOutOfTitles()
    {
        var page = SyntheticPages.Page(2, "目录", "一、收支预算总表..........6", "二、收入预算总表..........7", "三、支出预算总表..........8");

        var (entries, _) = TableOfContentsReader.Read([page], General);

        Assert.Equal(["收支预算总表", "收入预算总表", "支出预算总表"], entries.Select(e => e.Title));
    }

    [Fact]
    public void Read_NarrativeHeadingsOnly_NoEntries()
    {
        var page = SyntheticPages.Page(2, "目录", "一、主要职能", "二、机构设置", "三、名词解释", "四、预算编制说明");

        var (entries, pages) = TableOfContentsReader.Read([page], General);

        Assert.Empty(entries);
        Assert.Empty(pages);
    }
}
