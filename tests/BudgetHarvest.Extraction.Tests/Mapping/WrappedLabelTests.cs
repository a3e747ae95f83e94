using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class WrappedLabelTests
{
    private static readonly string[] Header = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];

    [Fact]
    public void Map_LabelTailOnALineOfItsOwn_JoinsTheLineAbove()
    {
        var rows = new ColumnTableMapper(TableKind.FunctionDetail).Map(Table(TableKind.FunctionDetail,
            Header,
            ["2080505", "机关事业单位基本养老", "81.23", "81.23", ""],
            ["", "保险缴费支出", "", "", ""],
            ["2080506", "机关事业单位职业年金缴费支出", "32.05", "32.05", ""])).Rows;

        Assert.Equal(["机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"], rows.Select(r => r.Text(RowFields.Name)));
    }

    [Theory]
    [InlineData("合计")]
    [InlineData("其中：人员经费")]
    [InlineData("1、工资福利支出")]
    [InlineData("[206]科学技术支出")]
    public void Map_LineThatStartsAnItem_StaysALineOfItsOwn(string label)
    {
        var rows = new ColumnTableMapper(TableKind.FunctionDetail).Map(Table(TableKind.FunctionDetail,
            Header,
            ["2080505", "机关事业单位基本养老保险缴费支出", "81.23", "81.23", ""],
            ["", label, "", "", ""])).Rows;

        Assert.Equal("机关事业单位基本养老保险缴费支出", rows[0].Text(RowFields.Name));
    }

    [Fact]
    public void Extract_PanelWhose预算数HeadingLandsInTheNextHeading_FunctionPanelKeepsItsAmounts()
    {
        // Xi'an 2019 表1 prints 预算数 over the border: the text layer reads 部门预预算算数支出经济分类科目.
        var table = new BudgetExtractor().Extract(File.ReadAllBytes(Fixtures.Real("xian-2019-anjianju.pdf")), "xian-2019-anjianju.pdf").Tables.Single(t => t.Number == 1);

        var function = table.Rows.Where(r => r.Text(RowFields.Panel) == SummaryPanels.Function).ToList();

        Assert.Equal(3271.54m, function.Single(r => r.Text(RowFields.Item) == "灾害防治及应急管理").Amount(RowFields.Amount));
        Assert.Contains(table.Rows, r => r.Text(RowFields.Panel) == SummaryPanels.DeptEconomic && r.Amount(RowFields.Amount) == 2022.39m);
    }
}
