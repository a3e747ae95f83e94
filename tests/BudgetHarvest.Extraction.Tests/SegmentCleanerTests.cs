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

    private static TextLine Line(string text, double baseline) => new([new TextFragment(text, 100, 100 + (8 * text.Length), baseline, 8)]);
}
