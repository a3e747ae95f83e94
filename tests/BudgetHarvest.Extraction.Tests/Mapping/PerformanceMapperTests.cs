using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class PerformanceMapperTests
{
    [Fact]
    public void Map_ProjectTable_MetaAndIndicatorsWithLevelsCarriedDown()
    {
        var table = Table(TableKind.Performance,
            ["项目名称", "", "水文测报经费", "", "", ""],
            ["主管部门", "", "渭南市水利局", "实施期限", "2023年度", ""],
            ["资金金额（万元）", "", "实施期资金总额", "1,057.53", "年度资金总额：", "57.53"],
            ["", "", "其中：财政拨款", "57.53", "其中：财政拨款", "57.53"],
            ["", "", "其他资金", "", "其他资金", ""],
            ["总体目标", "实施期总目标", "", "", "年度目标", ""],
            ["", "目标1：测站运行。目标2：汛期测报。", "", "", "目标1：年度运行。", ""],
            ["绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            ["", "产出指标", "数量指标", "测站数量", "12个", ""],
            ["", "", "", "指标2：", "", ""],
            ["", "满意度指标", "服务对象满意度指标", "满意度", "≥90%", ""]);

        var result = new TableRowMapper().Map(table);

        var meta = Assert.IsType<PerformanceMeta>(result.Meta);
        Assert.Equal("水文测报经费", meta.Project);
        Assert.Equal("渭南市水利局", meta.Department);
        Assert.Equal(1057.53m, meta.FundsTotal);
        Assert.Equal(57.53m, meta.FundsFiscal);
        Assert.Null(meta.FundsOther);
        Assert.Equal(["目标1：测站运行。", "目标2：汛期测报。", "目标1：年度运行。"], meta.Goals);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal("数量指标", result.Rows[1].Text(RowFields.Level2));
        Assert.Equal("", result.Rows[1].Text(RowFields.Value));
        Assert.Equal("满意度指标", result.Rows[2].Text(RowFields.Level1));
    }

    [Fact]
    public void Map_UnitTable_FundsFromSumLineAndNoDepartment()
    {
        var table = Table(TableKind.Performance,
            ["部门（单位）名称", "", "咸阳市图书馆", "", "", ""],
            ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", "", ""],
            ["", "", "", "总额", "财政拨款", "其他资金"],
            ["", "人员经费", "保障工资", "300.00", "290.00", "10.00"],
            ["金额合计", "", "", "300.00", "290.00", "10.00"],
            ["年度总体目标", "目标1：开放。", "", "", "", ""],
            ["年度绩效指标", "一级指标", "二级指标", "指标内容", "", "指标值"],
            ["", "产出指标", "数量指标", "开放天数", "", "300天"]);

        var result = new TableRowMapper().Map(table);

        var meta = result.Meta!;
        Assert.Equal("咸阳市图书馆", meta.Project);
        Assert.Null(meta.Department);
        Assert.Equal([300m, 290m, 10m], new[] { meta.FundsTotal!.Value, meta.FundsFiscal!.Value, meta.FundsOther!.Value });
        Assert.Equal("300天", Assert.Single(result.Rows).Text(RowFields.Value));
    }
}
