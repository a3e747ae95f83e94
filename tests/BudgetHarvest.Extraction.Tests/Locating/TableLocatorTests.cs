using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Tests.Locating;

public sealed class TableLocatorTests
{
    private static TableLocation Locate(params PageText[] pages) =>
        TableLocator.Locate(pages, PageFurniture.Learn(pages), FamilyCatalog.Default.General);

    [Fact]
    public void Locate_ListedTablesNotPrinted_NoTableFromTheListLines()
    {
        var location = Locate(
            SyntheticPages.Page(1, "目录", "一、收支总表", "二、收入总表", "三、支出总表", "四、财政拨款收支总表"),
            SyntheticPages.Page(2, "一、部门职责", "本部门主要职责是，负责全市的有关工作。"));

        Assert.Equal(4, location.TableOfContents.Count);
        Assert.Empty(location.Tables);
    }

    [Fact]
    public void Locate_ChineseNumeralLabels_NumberedByTheLabel()
    {
        var location = Locate(
            SyntheticPages.Page(1, "表一", "2026年部门收支总体情况表", "单位：万元", "项目预算数", "一、一般公共预算拨款收入100.00"),
            SyntheticPages.Page(2, "表二", "2026年部门收入总体情况表", "单位：万元", "科目编码科目名称合计", "201一般公共服务支出100.00"));

        Assert.Equal([(1, TableKind.Summary), (2, TableKind.IncomeByUnit)], location.Tables.Select(t => (t.Number!.Value, t.Kind)));
        Assert.Equal(RowKeyKind.Function, location.Tables[1].RowKey);
    }

    [Fact]
    public void Locate_BannerAboveLabel_BannerIsNoTable()
    {
        var location = Locate(
            SyntheticPages.Page(1, "第二部分 2026年部门预算表", "表1", "收支总体情况表", "单位：万元", "一、一般公共预算拨款收入100.00"));

        var table = Assert.Single(location.Tables);
        Assert.Equal((1, "收支总体情况表"), (table.Number!.Value, table.Title));
    }

    [Fact]
    public void Locate_RepeatedTitleOnNextPage_SameTable()
    {
        var location = Locate(
            SyntheticPages.Page(1, "公开表5", "一般公共预算支出情况表", "单位：万元", "科目编码科目名称合计", "201一般公共服务支出100.00"),
            SyntheticPages.Page(2, "公开表5", "一般公共预算支出情况表", "单位：万元", "科目编码科目名称合计", "208社会保障和就业支出50.00"));

        var table = Assert.Single(location.Tables);
        Assert.Equal([1, 2], table.Pages);
        Assert.Equal((TableKind.FunctionDetail, FundingSource.GeneralBudget), (table.Kind, table.Funding));
    }

    [Fact]
    public void Locate_FormWithNoteOfNoSpending_EmptyWithThePrintedReason()
    {
        var location = Locate(
            SyntheticPages.Page(1, "表10", "政府性基金预算支出表", "单位：万元", "科目编码科目名称合计", "合计0.00", "注：本表本年无发生额。"));

        var table = Assert.Single(location.Tables);
        Assert.True(table.Empty);
        Assert.Equal("本表本年无发生额", table.EmptyReason);
    }

    [Fact]
    public void Locate_ProsePageAfterTable_NotPartOfTheTable()
    {
        var prose = "本单位2026年预算安排购置车辆3辆，其中特种专业技术用车1辆，其他用车2辆，均按规定执行。";
        var location = Locate(
            SyntheticPages.Page(1, "表9", "“三公”经费支出表", "单位：万元", "合计因公出国（境）费", "81.6010.00"),
            SyntheticPages.Page(2, "其他相关情况说明", prose, prose, prose, prose));

        Assert.Equal([1], Assert.Single(location.Tables).Pages);
    }
}
