using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class ColumnTableMapperTests
{
    [Fact]
    public void Map_ProjectSpendingHeadedXiangMuZhiChu_MapsToProject()
    {
        var table = Table(TableKind.ExpenseByUnit,
            ["单位编码", "单位名称", "合计", "基本支出", "", "项目支出"],
            ["", "", "", "人员经费", "公用经费", ""],
            ["", "合计", "10.00", "6.00", "1.00", "3.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(3m, row.Amount(RowFields.Project));
        Assert.Equal(1m, row.Amount(RowFields.Public));
        Assert.Null(row[RowFields.Code]);
        Assert.Equal("合计", row.Text(RowFields.Name));
    }

    [Fact]
    public void Map_TotalBesideGroupTotalWithColumnNumbers_OneRowPerLineWithoutLabel()
    {
        // Excel form of Xi'an 2019: 总计 and the 部门预算 group's 合计 are both totals, and a 栏次 row follows the header.
        var table = Table(TableKind.IncomeByUnit,
            ["单位编码", "单位名称", "总计", "部门预算", "", ""],
            ["", "", "", "合计", "一般公共预算拨款", "上年结转"],
            ["**", "**", "1", "2", "3", "4"],
            ["", "合计", "3,695.91", "3,695.91", "3,643.37", "52.54"],
            ["125001", "西安市安全生产监督管理局", "2,123.93", "2,123.93", "2,080.32", "43.61"]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.False(r.Has(RowFields.Label)));
        Assert.Equal(3695.91m, rows[0].Amount(RowFields.Total));
        Assert.Equal(43.61m, rows[1].Amount(RowFields.Carryover));
    }

    [Fact]
    public void Map_HeaderTailsWrappedOntoOwnRow_ColumnsRecognized()
    {
        var table = Table(TableKind.FunctionDetail,
            ["功能科目编码", "基本支出", "", "", "", "专项业务经费支出", ""],
            ["", "功能科目名称", "合计", "人员经费支", "公用经费支", "", "备注"],
            ["", "", "", "出", "出", "", ""],
            ["", "合计", "1034.15", "835.05", "122.7", "76.4", ""]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(835.05m, row.Amount(RowFields.Personnel));
        Assert.Equal(122.7m, row.Amount(RowFields.Public));
        Assert.Equal(76.4m, row.Amount(RowFields.Project));
    }

    [Fact]
    public void Map_TwoLevelHeaderWithWrappedText_ColumnsResolvedThroughGroup()
    {
        var table = Table(TableKind.EconomicDetail,
            ["序号", "部门预算支出经济分类科目", "", "政府预算支出经济分类科目", "", "合计", "人员经费支出", "公用经费支出", "备注"],
            ["", "科目 编码", "科目名称", "科目编码", "科目名称", "", "", "", ""],
            ["1", "301", "工资福利支出", "", "", "311.37", "311.37", "0.00", ""],
            ["2", "30101", "基本工资", "50501", "工资福利支出", "107.12", "107.12", "0.00", ""]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0][RowFields.GovCode]);
        Assert.Equal("50501", rows[1].Text(RowFields.GovCode));
        Assert.Equal("基本工资", rows[1].Text(RowFields.Name));
        Assert.False(rows[1].Has(RowFields.Project));
    }

    [Fact]
    public void Map_IncomeHeaderJoinedOddly_MapsGeneralBudgetAndSuperiorSubsidy()
    {
        var table = Table(TableKind.IncomeByUnit,
            ["单位编码", "单位名称", "合计", "财政拨款", "上级补助 收入"],
            ["", "", "", "一般公共 预算拨款", ""],
            ["621002", "宝鸡市大数据管理中心", "363.45", "363.45", ""]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(363.45m, row.Amount(RowFields.GeneralBudget));
        Assert.True(row.Has(RowFields.SuperiorSubsidy));
        Assert.Null(row[RowFields.SuperiorSubsidy]);
    }

    [Fact]
    public void Map_PlaceholderAndBlankLines_GiveNoRows()
    {
        var table = Table(TableKind.Procurement,
            ["采购项目", "采购目录", "购买服务内容", "数量", "预算金额", "实施采购时间"],
            ["**", "**", "**", "**", "**", "**"],
            ["", "", "", "", "", ""]);

        Assert.Empty(new TableRowMapper().Map(table).Rows);
    }

    [Fact]
    public void Map_ThreePublicWithYearColumnGroups_OneRowPerGroupLabelledByHeading()
    {
        var table = Table(TableKind.ThreePublic,
            ["2023年预算数", "", "", "上年预算数", "", ""],
            ["合计", "公务接待费", "培训费", "合计", "公务接待费", "培训费"],
            ["3.00", "1.00", "2.00", "4.00", "1.50", "2.50"]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(["2023年预算数", "上年预算数"], rows.Select(r => r.Text(RowFields.Label)));
        Assert.Equal([3m, 4m], rows.Select(r => r.Amount(RowFields.Total)!.Value));
    }
}
