using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Validation.Tests;

/// <summary>
/// Subject tables that print a unit line (<c>125001 单位名称</c>) above each unit's block of 类 lines,
/// as 西安 2019 表5–表8 do: 合计 = Σ units, a unit = Σ its 类 lines, and 表7's lines match 表5's
/// lines of the same unit and code.
/// </summary>
public sealed class UnitLinesTests
{
    [Fact]
    public void Validate_UnitLinesAboveTheirBlocks_SumsHoldPerUnitAndOverall()
    {
        var report = Document(General(), Basic()).Validate();

        Assert.True(report.Checked == report.Held, string.Join('\n', report.Issues.Select(i => i.Message)));
    }

    [Fact]
    public void Validate_UnitLineShort_FlaggedAgainstItsOwnBlock()
    {
        var general = General();
        general.Rows[1].Set(RowFields.Total, 90m); // unit 125001 prints 90 over its 100

        var report = Document(general, Basic()).Validate();

        Assert.Contains(report.Issues, i => i.Table == 5 && i.Message.Contains("line 125001 单位甲, 合计: 90.00 万元 ≠ 100.00 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BasicLineOfOneUnitOnly_MatchedWithThatUnitsGeneralLine()
    {
        // 表7 prints 2240106 under the second unit only; the first 2240106 of 表5 is the first unit's.
        var basic = Basic();
        basic.Rows[^1].Set(RowFields.Personnel, 39m);

        var report = Document(General(), basic).Validate();

        var issue = Assert.Single(report.Issues, i => i.Code == IssueCodes.CrossTableMismatch);
        Assert.Contains("表7 line 2240106 安全监管, 人员经费 is 39.00 万元 but 表5 line 2240106 安全监管, 人员经费 is 40.00 万元", issue.Message, StringComparison.Ordinal);
    }

    // 表5: two units, 224 > 22401 > 2240106 in each; the first unit's 2240106 is project spending.
    private static BudgetTable General() => Table(5, "一般公共预算支出明细表", RowFields.Total, RowFields.Personnel, RowFields.Project,
    [
        (null, "合计", [160m, 40m, 120m]),
        ("125001", "单位甲", [100m, 0m, 100m]),
        ("224", "灾害防治及应急管理支出", [100m, 0m, 100m]),
        ("22401", "应急管理事务", [100m, 0m, 100m]),
        ("2240106", "安全监管", [100m, 0m, 100m]),
        ("125002", "单位乙", [60m, 40m, 20m]),
        ("224", "灾害防治及应急管理支出", [60m, 40m, 20m]),
        ("22401", "应急管理事务", [60m, 40m, 20m]),
        ("2240106", "安全监管", [60m, 40m, 20m]),
    ]);

    // 表7: only the second unit has basic spending.
    private static BudgetTable Basic() => Table(7, "一般公共预算基本支出明细表", RowFields.Total, RowFields.Personnel, null,
    [
        (null, "合计", [40m, 40m]),
        ("125002", "单位乙", [40m, 40m]),
        ("224", "灾害防治及应急管理支出", [40m, 40m]),
        ("22401", "应急管理事务", [40m, 40m]),
        ("2240106", "安全监管", [40m, 40m]),
    ]);

    private static BudgetTable Table(int number, string title, string first, string second, string? third, (string? Code, string Name, decimal[] Amounts)[] lines) => new()
    {
        Number = number,
        Title = title,
        Kind = TableKind.FunctionDetail,
        Measure = "万元",
        Rows = [.. lines.Select(l =>
        {
            var row = new TableRow().Set(RowFields.Code, l.Code).Set(RowFields.Name, l.Name).Set(first, l.Amounts[0]).Set(second, l.Amounts[1]);
            return third is null ? row : row.Set(third, l.Amounts[2]);
        })],
    };

    private static BudgetDocument Document(params BudgetTable[] tables) => new() { Tables = [.. tables] };
}
