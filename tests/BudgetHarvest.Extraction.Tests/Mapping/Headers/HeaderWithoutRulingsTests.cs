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
}
