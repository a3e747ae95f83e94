using System.Text.RegularExpressions;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Text;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// What a single printed line looks like, judged from the line alone: a sentence of prose, a row
/// of a table (cells far apart, or figures only), or neither (a heading, a caption, a wrapped cell).
/// The narrative is found from this evidence, whatever the table locator made of the page.
/// </summary>
internal static partial class LineEvidence
{
    // Cells of a table row stand this many character widths apart; words of a sentence do not.
    private const double CellGapChars = 1.5;

    // A line of prose runs across most of the text block; a wrapped table cell is narrow.
    private const double ProseWidthShare = 0.45;

    // Fewer ideographs than this are a caption, a cell or a fragment, not a sentence.
    private const int ProseIdeographs = 10;

    /// <summary>A row of a table: two or more wide gaps between its words.</summary>
    public static bool IsTableRow(TextLine line, double charWidth) => CellGaps(line, charWidth) >= 2;

    /// <summary>How many gaps wide enough to part table cells the line has.</summary>
    private static int CellGaps(TextLine line, double charWidth)
    {
        var gaps = 0;
        for (var i = 1; i < line.Words.Count; i++)
        {
            if (line.Words[i].Left - line.Words[i - 1].Right > CellGapChars * charWidth)
            {
                gaps++;
            }
        }

        return gaps;
    }

    /// <summary>
    /// A line of figures alone (200, 180 172, 0.89 0.89, 7%): the axis or data labels of a chart,
    /// or the numbers of a table row. The tail of a sentence (（1.67%）。) has its punctuation.
    /// </summary>
    public static bool IsFigures(TextLine line) =>
        !line.Compact.Any(c => char.IsLetter(c) || c is '。' or '，' or '；' or '：' or '、' or '（' or '）');

    /// <summary>
    /// Table-like: figures alone, or cells apart (a two-panel row 二、政府性基金预算拨款收入 … 二、外交支出
    /// has one gap). A part heading printed with a wide gap (第七部分 … 重点项目…) is no row.
    /// </summary>
    public static bool IsTabular(TextLine line, double charWidth) =>
        IsFigures(line) || (CellGaps(line, charWidth) > 0 && HeadingText.Marker(line.Compact)?.Style != EnumeratorStyle.Part);

    /// <summary>
    /// A line of a sentence: wide across the page, no gap between cells, many ideographs and sentence
    /// punctuation (table titles and 目录 entries have none).
    /// </summary>
    public static bool IsProse(TextLine line, PageText page, double charWidth)
    {
        if (line.Right - line.Left < page.Width * ProseWidthShare || CellGaps(line, charWidth) > 0)
        {
            return false;
        }

        var ideographs = line.Compact.Count(Ideographs.IsIdeograph);
        return ideographs >= ProseIdeographs && line.Compact.Any(c => c is '，' or '。' or '；' or '、' or '：');
    }

    /// <summary>
    /// A line that announces a table below it: a lead-in (…情况如下：), a caption (会议费明细表) or
    /// the measure printed over the table (单位：万元).
    /// </summary>
    public static bool AnnouncesTable(TextLine line) =>
        line.Compact.EndsWith('：') || line.Compact.EndsWith(':') || line.Compact.EndsWith('表') || MeasureLine().IsMatch(line.Compact);

    [GeneratedRegex(@"^(金额)?单位[:：]")]
    private static partial Regex MeasureLine();

    /// <summary>The width of one body character on a line: its height, within the range of the body size.</summary>
    public static double CharWidth(TextLine line, double bodySize) => Math.Max(bodySize, Math.Min(line.Height, bodySize * 1.5));
}
