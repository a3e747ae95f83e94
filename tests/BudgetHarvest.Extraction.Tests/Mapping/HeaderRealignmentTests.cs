using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Mapping.Headers;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

/// <summary>Headers read apart from their values (no rules printed), fake bold in the grid, reworded leaves under a group.</summary>
public sealed class HeaderRealignmentTests
{
    [Fact]
    public void Map_TwoSubHeadingsReadAsOneCell_SplitOverTheirColumns()
    {
        var table = Table(TableKind.EconomicDetail,
            ["部门预算支出经济分类科目", "", "合计"],
            ["科目编码科目名称", "", ""],
            ["30101", "基本工资", "5.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal("30101", row.Text(RowFields.Code));
        Assert.Equal("基本工资", row.Text(RowFields.Name));
        Assert.Equal(5m, row.Amount(RowFields.Total));
    }

    [Fact]
    public void Map_HeadingBesideItsColumnOfValues_ReadOverThem()
    {
        var table = Table(TableKind.EconomicDetail,
            ["部门经济科目编码", "", "部门经济科目名称", "合计"],
            ["", "30101", "基本工资", "5.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal("30101", row.Text(RowFields.Code));
        Assert.Equal(5m, row.Amount(RowFields.Total));
    }

    [Fact]
    public void Map_GroupHeadingOverSubHeadings_NotSplit()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功能科目编码", "功能科目名称", "合计", "基本支出", ""],
            ["", "", "", "人员经费", "公用经费"],
            ["2080501", "行政单位离退休", "12.00", "10.00", "2.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(10m, row.Amount(RowFields.Personnel));
        Assert.Equal(2m, row.Amount(RowFields.Public));
    }

    [Fact]
    public void Map_RewordedLeafUnderGovernmentGroup_GovernmentCode()
    {
        var table = Table(TableKind.EconomicDetail,
            ["部门预算支出经济分类科目", "", "政府预算支出经济分类科目", "", "合计"],
            ["编码", "名称", "编码", "名称", ""],
            ["30101", "基本工资", "50101", "工资奖金津补贴", "5.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal("30101", row.Text(RowFields.Code));
        Assert.Equal("50101", row.Text(RowFields.GovCode));
        Assert.Equal("工资奖金津补贴", row.Text(RowFields.GovName));
    }

    [Fact]
    public void ReadOnce_FakeBoldHeader_EveryCellReadOnce()
    {
        List<List<string>> grid = [["序序号号", "科科目目名名称称", "合合计计"], ["", "类类", ""], ["1", "行政运行", "11.00"]];

        OverprintedHeader.ReadOnce(grid, 2);

        Assert.Equal(["序号", "科目名称", "合计"], grid[0]);
        Assert.Equal(["", "类", ""], grid[1]);
        Assert.Equal(["1", "行政运行", "11.00"], grid[2]);
    }

    [Fact]
    public void ReadOnce_OneDoubledWordAmongPlainHeadings_LeftAsPrinted()
    {
        List<List<string>> grid = [["谢谢", "科目名称", "合计", "备注"], ["1", "行政运行", "11.00", ""]];

        OverprintedHeader.ReadOnce(grid, 1);

        Assert.Equal("谢谢", grid[0][0]);
    }
}
