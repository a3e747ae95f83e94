using BudgetHarvest.Extraction.Tables;

namespace BudgetHarvest.Extraction.Tests;

/// <summary>The cleaner drops the title printed above a table, but never a header line the title merely mentions.</summary>
public sealed class SegmentCleanerTests
{
    private const string Title = "单位综合预算一般公共预算基本支出明细表（按支出功能分类科目）";

    private static readonly PageRulings NoRules = new([], [], []);

    [Fact]
    public void Clean_GroupHeaderTheTitleMentions_KeepsIt()
    {
        var lines = new List<TextLine> { Line("基本支出", 717), Line("序号", 709), Line("1", 686) };

        var kept = new SegmentCleaner().Clean(lines, NoRules, 842, Title);

        Assert.Equal("基本支出", kept[0].Text);
    }

    [Theory]
    [InlineData("单位综合预算一般公共预算基本支出明细表（按支出功能分类")] // the title wrapped: its first piece
    [InlineData("一般公共预算基本支出明细表（按支出功能分类科目）")] // …its last piece
    public void Clean_TitlePieceAboveTable_DropsIt(string piece)
    {
        var lines = new List<TextLine> { Line(piece, 730), Line("序号", 709), Line("1", 686) };

        var kept = new SegmentCleaner().Clean(lines, NoRules, 842, Title);

        Assert.Equal("序号", kept[0].Text);
    }

    [Theory]
    [InlineData("-15-")]
    [InlineData("第12页共23页")]
    [InlineData("9")]
    public void Clean_PageNumberUnderTheLastLineAboveTheMargin_DropsIt(string footer)
    {
        // A landscape page (595 high): the footer sits at 12 % of the height, above the 10 % margin.
        var lines = new List<TextLine> { Line("序号", 300), Line("合计", 120), Line("1.00", 100), Line(footer, 74) };

        var kept = new SegmentCleaner().Clean(lines, NoRules, 595, Title);

        Assert.Equal("1.00", kept[^1].Text);
    }

    [Fact]
    public void Clean_WrappedAmountTailRightUnderItsLine_KeepsIt()
    {
        // 435,216.1 over 7: the tail sits a line under its amount, no gap between them.
        var lines = new List<TextLine> { Line("序号", 300), Line("435,216.1", 100), Line("7", 91) };

        var kept = new SegmentCleaner().Clean(lines, NoRules, 595, Title);

        Assert.Equal("7", kept[^1].Text);
    }

    private static TextLine Line(string text, double baseline) => new([new TextFragment(text, 100, 100 + (8 * text.Length), baseline, 8)]);
}
