using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class SummaryHierarchyTests
{
    private static List<TableRow> Income(params string[] labels)
    {
        string[][] rows =
        [
            ["收入", "", "支出", ""],
            ["项目", "预算数", "支出功能分类科目", "预算数"],
            .. labels.Select(l => new[] { l, "1.00", "", "" }),
        ];
        return [.. new SummaryMapper().Map(Table(TableKind.Summary, rows)).Rows.Where(r => (string?)r[RowFields.Panel] == SummaryPanels.Income)];
    }

    [Fact]
    public void Map_EnumeratorLevels_ParentIsNearestEnclosingItem()
    {
        var rows = Income("一、部门预算", "1、财政拨款", "(1)一般公共预算拨款", "（2）政府性基金拨款", "2、上级补助收入");

        Assert.Equal([null, "部门预算", "财政拨款", "财政拨款", "部门预算"], rows.Select(r => r.Text(RowFields.Parent)));
        Assert.Equal(["部门预算", "财政拨款", "一般公共预算拨款", "政府性基金拨款", "上级补助收入"], rows.Select(r => r.Text(RowFields.Item)));
    }

    [Fact]
    public void Map_SubItemRow_ParentIsRowAbove()
    {
        var rows = Income("一、部门预算", "1、事业收入", "其中：纳入财政专户管理的收费", "2、其他收入");

        Assert.Equal("纳入财政专户管理的收费", rows[2].Text(RowFields.Item));
        Assert.Equal("事业收入", rows[2].Text(RowFields.Parent));
        Assert.Equal("部门预算", rows[3].Text(RowFields.Parent));
    }

    [Fact]
    public void Map_TotalsAndBalances_ParentNullExceptSubItemBelowThem()
    {
        var rows = Income("一、财政拨款", "本年收入合计", "用事业基金弥补收支差额", "上年结转", "其中：财政拨款资金结转", "收入总计");

        Assert.Equal([null, null, null, null, "上年结转", null], rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Fact]
    public void Map_RowWithoutEnumerator_BelongsToNearestEnumeratedRowAbove()
    {
        var rows = Income("一、人员经费和公用经费支出", "工资福利支出", "二、专项业务经费支出", "商品和服务支出");

        Assert.Equal([null, "人员经费和公用经费支出", null, "专项业务经费支出"], rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Fact]
    public void Map_EmptyForm_ListsLabelsWithNullAmount()
    {
        var table = Table(TableKind.Summary,
            ["收入", "", "支出", "", "", "", "", ""],
            ["项目", "预算数", "支出功能分类科目", "预算数", "部门预算支出经济分类科目", "预算数", "政府预算支出经济分类科目", "预算数"],
            ["一、政府性基金拨款", "", "一、科学技术支出", "", "一、人员经费和公用经费支出", "", "一、机关工资福利支出", ""],
            ["", "", "", "", "工资福利支出", "", "", ""]);

        var rows = new SummaryMapper().Map(table).Rows;

        Assert.Equal(
            [SummaryPanels.Income, SummaryPanels.Function, SummaryPanels.DeptEconomic, SummaryPanels.DeptEconomic, SummaryPanels.GovEconomic],
            rows.Select(r => r.Text(RowFields.Panel)));
        Assert.All(rows, r => Assert.True(r.Has(RowFields.Amount) && r[RowFields.Amount] is null));
    }
}
