using BudgetHarvest.Core.Model;
using static BudgetHarvest.Validation.Tests.DocumentEdits;

namespace BudgetHarvest.Validation.Tests;

/// <summary>Identities that follow what a template prints: a heading without figure, 财政拨款 as one column.</summary>
public sealed class PrintedShapeTests
{
    private const string Consistent = "0002-weinan-gonglu-2023";

    [Fact]
    public void Validate_SummaryHeadingPrintedBlank_CountsAsItsLines()
    {
        // Xi'an 2019 prints "一、部门预算" without figure over its lines.
        var report = Load(Consistent).SetSummary(1, SummaryPanels.Income, "部门预算", null).Validate();

        Assert.True(report.Checked == report.Held, string.Join('\n', report.Issues.Select(i => i.Message)));
    }

    [Fact]
    public void Validate_SummaryHeadingBlankAndItsLinesShort_StillFlagsTheYearTotal()
    {
        var report = Load(Consistent).SetSummary(1, SummaryPanels.Income, "部门预算", null)
            .SetSummary(1, SummaryPanels.Income, "财政拨款", 300m, "部门预算").Validate();

        Assert.Contains(report.Issues, i => i.Table == 1 && i.Code == IssueCodes.SumMismatch && i.Message.Contains("本年收入合计", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上年结余、结转")] // 深圳
    [InlineData("上年结转结余")] // 杭州
    public void Validate_BalanceLineSpelledByOtherTemplates_CountsTowardsTheGrandTotal(string label)
    {
        var document = Load(Consistent);
        var balance = document.Table(1).Rows.First(r => r.Text(RowFields.Panel) == SummaryPanels.Income && r.Text(RowFields.Item) == "上年结转");
        balance.Set(RowFields.Item, label);
        balance.Set(RowFields.Amount, 10m);
        document.SetSummary(1, SummaryPanels.Income, "收入总计", 3073.34m);

        var report = document.Validate();

        Assert.DoesNotContain(report.Issues, i => i.Table == 1 && i.Code == IssueCodes.SumMismatch && i.Message.Contains("balance lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BalanceLineMissingFromTheGrandTotal_StillFlagsIt()
    {
        var document = Load(Consistent);
        var balance = document.Table(1).Rows.First(r => r.Text(RowFields.Panel) == SummaryPanels.Income && r.Text(RowFields.Item) == "上年结转");
        balance.Set(RowFields.Item, "上年结余、结转");
        balance.Set(RowFields.Amount, 10m);

        var report = document.Validate();

        Assert.Contains(report.Issues, i => i.Table == 1 && i.Code == IssueCodes.SumMismatch && i.Message.Contains("balance lines", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IncomeByUnitTotalWithBalances_HoldsAgainstTheGrandTotal()
    {
        // 西安 2019/2022 and 杭州 print 表2's 合计 with 上年结转 / 上年实户资金余额: 表1's 收入总计, not its 本年收入合计.
        var document = NarrativePartTests.WithBalance(10m);
        document.Table(2).Rows[0].Set(RowFields.Total, 3073.34m);

        Assert.DoesNotContain(document.Validate().Issues, i => i.Table == 2 && i.Code == IssueCodes.CrossTableMismatch);
    }

    [Fact]
    public void Validate_IncomeByUnitTotalMatchingNeither_StillFlagged()
    {
        var document = NarrativePartTests.WithBalance(10m);
        document.Table(2).Rows[0].Set(RowFields.Total, 3080m);

        Assert.Contains(document.Validate().Issues, i => i.Table == 2 && i.Code == IssueCodes.CrossTableMismatch && i.Message.Contains("“收入总计” is 3,073.34 万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FiscalPrintedAsOneColumn_CountsInPlaceOfItsParts()
    {
        // 上海 and 长沙 print 财政拨款 as one funding column beside 事业收入 and 其他收入.
        var document = WithFiscalColumn(0m);

        Assert.DoesNotContain(document.Validate().Issues, i => i.Table == 2 && i.Code == IssueCodes.SumMismatch);
    }

    [Fact]
    public void Validate_FiscalColumnShort_FlagsTheRow()
    {
        var document = WithFiscalColumn(-1m);

        Assert.Contains(document.Validate().Issues, i => i.Table == 2 && i.Code == IssueCodes.SumMismatch);
    }

    /// <summary>The consistent document with its 表2 printing 财政拨款 as one column, (一般公共预算 + 政府性基金 + 国有资本经营), off by <paramref name="error"/>.</summary>
    private static BudgetDocument WithFiscalColumn(decimal error)
    {
        var document = Load(Consistent);
        var table = document.Table(2);
        string[] parts = [RowFields.GeneralBudget, RowFields.GovFund, RowFields.StateCapital];
        table.Rows = [.. table.Rows.Select(row =>
        {
            var copy = new TableRow().Set(RowFields.Fiscal, parts.Sum(p => row.Amount(p) ?? 0m) + error);
            foreach (var (field, value) in row.Where(f => !parts.Contains(f.Key)))
            {
                copy.Set(field, value);
            }

            return copy;
        })];
        return document;
    }
}
