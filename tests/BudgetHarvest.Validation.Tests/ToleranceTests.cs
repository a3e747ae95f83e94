using BudgetHarvest.Core.Model;
using static BudgetHarvest.Validation.Tests.DocumentEdits;
using static BudgetHarvest.Validation.Tests.InjectedErrorTests;

namespace BudgetHarvest.Validation.Tests;

/// <summary>Rounding is not a mismatch; 万元 and 元 are converted, never confused.</summary>
public sealed class ToleranceTests
{
    private const string Gonglu = "0002-weinan-gonglu-2023";

    // 表4 in 元, the narrative in 万元: 公务接待费 14,265 元 is stated as 1.43 万元.
    private const string YuanTables = "0004-baoji-ziranziyuanju-2023";

    [Theory]
    [InlineData("0.01", 0)]
    [InlineData("-0.01", 0)]
    [InlineData("0.02", 1)]
    public void Validate_KuanLineOffByAmount_ReportsOnlyBeyondOneCent(string offset, int expectedSumMismatches)
    {
        var report = Load(Gonglu).SetLine(6, "30102", RowFields.Total, 42.13m + decimal.Parse(offset, System.Globalization.CultureInfo.InvariantCulture)).Validate();

        // 301 = Σ 款 and the row's own split both see the difference; one issue each when beyond it.
        Assert.Equal(expectedSumMismatches * 2, report.Issues.Count(i => i.Code == IssueCodes.SumMismatch));
    }

    [Fact]
    public void Validate_LargerToleranceConfigured_AcceptsTwoCents()
    {
        var report = Load(Gonglu).SetLine(6, "30102", RowFields.Total, 42.15m).Validate(new ValidationOptions { Tolerance = 0.05m });

        Assert.Empty(report.Issues);
    }

    [Theory]
    [InlineData("公务接待费1.42万元", true)]
    [InlineData("公务接待费1.45万元", false)]
    public void Validate_NarrativeInWanYuanAgainstTableInYuan_ComparesInYuanWithTheCoarserTolerance(string stated, bool holds)
    {
        var report = Load(YuanTables).ReplaceText("公务接待费1.43万元", stated).Validate();

        var mismatch = report.Issues.Where(i => i.Code == IssueCodes.NarrativeMismatch && i.Message.Contains("公务接待费", StringComparison.Ordinal)).ToList();
        if (holds)
        {
            Assert.Empty(mismatch);
        }
        else
        {
            Assert.Contains("is 1.45 万元 but 表12 line “2023年预算数”, 公务接待费 is 14,265.00 元; difference 0.0235 万元", Assert.Single(mismatch).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_SameFigureInAnotherMeasure_IsEqual()
    {
        var document = Load(Gonglu);
        var performance = document.Table(14);
        performance.Measure = Measures.Yuan;
        foreach (var row in performance.Grid)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (NumberOf(row[i]) is { } wan)
                {
                    row[i] = (wan * 10_000m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        Assert.DoesNotContain(document.Validate().Issues, i => i.Table == 14);
    }

    [Fact]
    public void Validate_MeasureMisprinted_ReportsTheFigureTenThousandTimesOff()
    {
        var document = Load(Gonglu);
        document.Table(14).Measure = Measures.Yuan;

        AssertReported(document.Validate(), IssueCodes.CrossTableMismatch, 14, "is 1,588.02 元 but 表3 合计 line, 人员经费 is 1,588.02 万元");
    }

    private static decimal? NumberOf(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && text.Contains('.', StringComparison.Ordinal) ? value : null;
}
