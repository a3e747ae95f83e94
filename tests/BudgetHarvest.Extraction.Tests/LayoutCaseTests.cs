namespace BudgetHarvest.Extraction.Tests;

/// <summary>Specific layouts of the public corpus, each read against its ground-truth grid.</summary>
public sealed class LayoutCaseTests
{
    [Theory]
    [InlineData("0001-tongchuan-jiaoyuju-2021", 5)] // LibreOffice, full grid of stroked lines
    [InlineData("0016-weinan-ziranziyuanju-2023", 7)]
    public void Read_RuledLibreOfficeTable_MatchesTruth(string name, int table) => AssertMatches(name, table);

    [Theory]
    [InlineData("0006-weinan-shuiliju-2023", 5)] // Chromium, borders as thin filled rectangles per cell
    [InlineData("0008-xianyang-tushuguan-2023", 5)] // …with grey header shading
    public void Read_ChromiumFilledRectRulings_MatchesTruth(string name, int table) => AssertMatches(name, table);

    [Theory]
    [InlineData("0002-weinan-gonglu-2023", 6)] // three-line table: top, header and bottom rule only
    [InlineData("0019-weinan-nongjizhongxin-2023", 6)] // LibreOffice, horizontal rules only
    [InlineData("0018-baoji-shuiliju-2022", 6)] // Chromium, horizontal rule pieces only
    public void Read_UnruledOrHorizontalOnlyTable_MatchesTruth(string name, int table) => AssertMatches(name, table);

    [Fact]
    public void Read_MergedTwoRowHeader_PutsGroupAtTopLeftAndSubHeadersBelow()
    {
        var grid = CorpusScore.ReadTable("0000-baoji-bigdata-2023", 2);
        Assert.Equal(["单位编码", "单位名称", "合计", "上年结转", "财政拨款", "", "", "上级补助收入"], grid[0].Take(8));
        Assert.Equal(["", "", "", "", "一般公共预算拨款", "政府性基金拨款", "国有资本经营预算收入", ""], grid[1].Take(8));
        AssertMatches("0000-baoji-bigdata-2023", 3); // 基本支出 over 人员经费 / 公用经费
    }

    [Fact]
    public void Read_UnruledGroupHeaderBesideSpanningHeader_KeepsEachInItsColumn()
    {
        // Three-line table: 合计 spans both header levels beside 基本支出 over 人员经费支出 / 公用经费支出;
        // 合计 must not reach over the group 基本支出 already covers.
        var grid = CorpusScore.ReadTable("0002-weinan-gonglu-2023", 7);
        Assert.Equal(["合计", "基本支出", "", "备注"], grid[0].Skip(3));
        AssertMatches("0002-weinan-gonglu-2023", 7);
    }

    [Theory]
    [InlineData("0019-weinan-nongjizhongxin-2023", 8)] // the second page's rules give one column more
    [InlineData("0011-hanzhong-yingjiju-2022", 5)] // labels wrapped two characters a line, centred on the amount line
    [InlineData("0028-weinan-jikongzhongxin-2022", 12)] // 2022年预算数 wrapped: 2022 is a label, not an amount
    public void Read_HardCases_MatchesTruth(string name, int table) => AssertMatches(name, table);

    [Fact]
    public void Read_ContinuationPageRepeatingHeader_KeepsHeaderOnce()
    {
        var grid = CorpusScore.ReadTable("0001-tongchuan-jiaoyuju-2021", 6);
        Assert.Single(grid, row => row[0] == "序号");
        AssertMatches("0001-tongchuan-jiaoyuju-2021", 6);
    }

    [Fact]
    public void Read_WrappedLabel_JoinsLinesIntoOneCell()
    {
        var grid = CorpusScore.ReadTable("0000-baoji-bigdata-2023", 5);
        Assert.Contains(grid, row => row.Contains("机关事业单位基本养老保险缴费支出") && row.Contains("2080505"));
        AssertMatches("0000-baoji-bigdata-2023", 5);
    }

    [Fact]
    public void Read_AnyTable_DropsPageNumbersAndNotes()
    {
        var grid = CorpusScore.ReadTable("0000-baoji-bigdata-2023", 5);
        Assert.DoesNotContain(grid.SelectMany(r => r), c => c.Contains("- 14 -", StringComparison.Ordinal) || c.StartsWith("注", StringComparison.Ordinal));
    }

    private static void AssertMatches(string name, int number)
    {
        var truth = TruthTable.ForPublic(name).First(t => t.Number == number);
        var found = CorpusScore.ReadTable(name, number);
        var f1 = GridMetric.F1(GridMetric.Relations([truth.Grid]), GridMetric.Relations([found]));
        Assert.True(f1 >= 0.999, $"{name} 表{number}: grid F1 {f1:F3}");
        Assert.Equal(truth.Grid.Max(r => r.Count), found.Max(r => r.Count));
        Assert.Equal(truth.Grid.Count, found.Count);
    }
}
