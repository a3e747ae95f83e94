using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping.Headers;

/// <summary>Headers as a grid read without rules gives them: title and captions above, group headings on lines of their own.</summary>
public sealed class HeaderWithoutRulingsTests
{
    [Fact]
    public void Map_GroupHeadingOnALineAboveItsLeavesAndTheTotal_TotalStaysTotal()
    {
        var table = Table(TableKind.FunctionDetail,
            ["", "", "", "", "基本支出", "", ""],
            ["序号", "功能科目编码", "功能科目名称", "合计", "", "", "备注"],
            ["", "", "", "", "人员经费支出", "公用经费支出", ""],
            ["1", "", "合计", "1745.46", "1588.02", "157.44", ""],
            ["2", "208", "社会保障和就业支出", "262.38", "262.38", "0.00", ""]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal([1745.46m, 262.38m], rows.Select(r => r.Amount(RowFields.Total)));
        Assert.Equal([1588.02m, 262.38m], rows.Select(r => r.Amount(RowFields.Personnel)));
        Assert.All(rows, r => Assert.Null(r.Amount(RowFields.Basic)));
    }

    [Fact]
    public void Map_TitleAndCaptionsAboveTheHeader_ReadAsNoHeading()
    {
        var table = Table(TableKind.FunctionDetail,
            ["", "", "咸阳市图书馆2023年单位预算公开说明", "", "", ""],
            ["表7 单位综合预算一般公共预算基本支出明细表（按支出功能分类", "", "", "", "", ""],
            ["科目）", "", "", "", "", ""],
            ["单位名称：咸阳市图书馆", "", "", "", "", "单位：万元"],
            ["序号", "功能科目编码", "功能科目名称", "合计", "人员经费支出", "公用经费支出"],
            ["1", "", "合计", "337.56", "315.13", "22.43"],
            ["2", "207", "文化旅游体育与传媒支出", "242.51", "220.08", "22.43"]);

        var rows = new TableRowMapper().Map(table).Rows;

        Assert.Equal(["合计", "文化旅游体育与传媒支出"], rows.Select(r => r.Text(RowFields.Name)));
        Assert.Equal([337.56m, 242.51m], rows.Select(r => r.Amount(RowFields.Total)));
    }

    [Fact]
    public void Map_SingleLineThreePublicWithVehicleHeadingsLost_VehicleColumnsInferredInOrder()
    {
        // The 公务用车 group and its 小计 | 购置费 | 运行维护费 ran into the title line: three figures under no heading.
        var table = Table(TableKind.ThreePublic,
            ["项目", "合计", "因公出国（境）费", "公务接待费", "", "", "", "会议费", "培训费"],
            ["2023年预算数", "5.15", "0.00", "0.00", "4.82", "0.00", "4.82", "0.00", "0.33"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(4.82m, row.Amount(RowFields.VehicleTotal));
        Assert.Equal(0m, row.Amount(RowFields.VehiclePurchase));
        Assert.Equal(4.82m, row.Amount(RowFields.VehicleOperation));
        Assert.Empty(row.Extra);
    }

    [Fact]
    public void Map_VehicleSubtotalReadButItsPartsUnderNoHeading_PartsInferredInOrder()
    {
        var table = Table(TableKind.ThreePublic,
            ["项目", "合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费小计购置费运行维护费", "", "", "会议费", "培训费"],
            ["2022年预算数", "130438.00", "0.00", "20675.00", "85848.00", "0.00", "85848.00", "0.00", "23915.00"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Equal(85848m, row.Amount(RowFields.VehicleTotal));
        Assert.Equal(0m, row.Amount(RowFields.VehiclePurchase));
        Assert.Equal(85848m, row.Amount(RowFields.VehicleOperation));
    }

    [Fact]
    public void Map_UnheadedRunUnderWhichTheIdentityFails_LeftInExtra()
    {
        var table = Table(TableKind.ThreePublic,
            ["项目", "合计", "因公出国（境）费", "公务接待费", "", "", "", "会议费", "培训费"],
            ["2023年预算数", "5.15", "0.00", "0.00", "4.82", "1.00", "4.82", "0.00", "0.33"]);

        var row = Assert.Single(new TableRowMapper().Map(table).Rows);

        Assert.Null(row.Amount(RowFields.VehiclePurchase));
        Assert.NotEmpty(row.Extra);
    }
}
