using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Testing;
using static BudgetHarvest.Extraction.Tests.Mapping.GridBuilder;

namespace BudgetHarvest.Extraction.Tests.Mapping;

public sealed class SummaryNestingTests
{
    private static List<TableRow> Function(params (string Label, string Amount)[] lines)
    {
        string[][] rows =
        [
            ["收入", "", "支出", ""],
            ["项目", "预算数", "项目", "预算数"],
            .. lines.Select(l => new[] { "", "", l.Label, l.Amount }),
        ];
        return [.. new SummaryMapper().Map(Table(TableKind.Summary, rows)).Rows.Where(r => (string?)r[RowFields.Panel] == SummaryPanels.Function)];
    }

    [Fact]
    public void Map_UnenumeratedLevelsUnderEnumeratedLine_NestedWhereTheSumsHold()
    {
        var rows = Function(
            ("一、社会保障和就业支出", "13,741.75"), ("行政事业单位养老支出", "13,731.94"), ("行政单位离退休", "2,863.21"),
            ("机关事业单位基本养老保险缴费支出", "7,390.76"), ("机关事业单位职业年金缴费支出", "3,477.97"),
            ("抚恤", "9.81"), ("死亡抚恤", "8.00"), ("其他优抚支出", "1.81"), ("本年支出合计", "13,741.75"));

        Assert.Equal(
            [null, "社会保障和就业支出", "行政事业单位养老支出", "行政事业单位养老支出", "行政事业单位养老支出", "社会保障和就业支出", "抚恤", "抚恤", null],
            rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Fact]
    public void Map_NoEnumeratorAtAll_TopLinesNestedUnderTheYearTotal()
    {
        var rows = Function(
            ("一般公共服务支出", "12.19"), ("社会工作事务", "0.19"), ("其他社会工作事务支出", "0.19"),
            ("其他一般公共服务支出", "12.00"), ("其他一般公共服务支出", "12.00"),
            ("卫生健康支出", "5.00"), ("行政事业单位医疗", "5.00"), ("行政单位医疗", "5.00"), ("本年支出合计", "17.19"));

        Assert.Equal(
            [null, "一般公共服务支出", "社会工作事务", "一般公共服务支出", "其他一般公共服务支出", null, "卫生健康支出", "行政事业单位医疗", null],
            rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Fact]
    public void Map_FlatLinesThatAddUp_StayFlat()
    {
        var rows = Function(("一、教育支出", "3.00"), ("普通教育", "1.00"), ("职业教育", "1.00"), ("成人教育", "1.00"), ("本年支出合计", "3.00"));

        Assert.Equal([null, "教育支出", "教育支出", "教育支出", null], rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Fact]
    public void Map_NoNestingExplainsTheFigures_FlatReadingKept()
    {
        var rows = Function(("一、教育支出", "10.00"), ("普通教育", "4.00"), ("职业教育", "3.00"), ("本年支出合计", "10.00"));

        Assert.Equal([null, "教育支出", "教育支出", null], rows.Select(r => r.Text(RowFields.Parent)));
    }

    [Theory]
    [InlineData("061-003_深圳-2026年深圳市公安局部门预算", 1)]
    [InlineData("148-008_杭州-2026年杭州市司法局部门预算", 1)]
    [InlineData("148-008_杭州-2026年杭州市司法局部门预算", 4)]
    [InlineData("268-079_湖州-2026年湖州市卫生健康委员会部门预算", 1)]
    public void Extract_RealPanelWithUnmarkedLevels_EveryLineSumsItsParts(string name, int number)
    {
        var table = new BudgetExtractor().Extract(File.ReadAllBytes(Fixtures.Wide(name + ".pdf")), name + ".pdf").Tables.Single(t => t.Number == number);
        var lines = table.Rows.Where(r => r.Text(RowFields.Panel) == SummaryPanels.Function).ToList();

        var broken = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var item = lines[i].Text(RowFields.Item);
            var parts = lines.Skip(i + 1).TakeWhile(r => r.Text(RowFields.Item) != item || r.Text(RowFields.Parent) == item)
                .Where(r => r.Text(RowFields.Parent) == item).Sum(r => r.Amount(RowFields.Amount) ?? 0m);
            if (parts != 0m && Math.Abs(parts - (lines[i].Amount(RowFields.Amount) ?? 0m)) > 0.05m)
            {
                broken.Add($"{item}: {lines[i].Amount(RowFields.Amount)} ≠ {parts}");
            }
        }

        Assert.True(lines.Count(r => r.Text(RowFields.Parent) is not null) > 10);
        Assert.Empty(broken);
    }
}
