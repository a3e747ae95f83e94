using System.Text;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Rebuilds paragraphs from narrative lines. A line starts a new paragraph when it is indented
/// from the text's left edge, when the line before ended short of the right edge (Chinese breaks
/// anywhere, so only a paragraph's last line ends early) or stood apart from the left edge (a
/// right-aligned 单位 line), when it or the line before is a table row (cells far apart), when it
/// is set in another size or weight than the line before, when it reads as a heading after a
/// sentence that ended, or when a paragraph gap separates it from the line before. Otherwise it continues the paragraph, across page breaks too, and the
/// layout line break is dropped.
/// </summary>
internal static class ParagraphBuilder
{
    // How far (in character widths) a first line is indented, or a last line ends short.
    private const double IndentChars = 0.9;
    private const double ShortChars = 1.2;

    // A heading is emphasised when it is bold or this much larger than body text.
    private const double LargerScale = 1.12;

    public static List<NarrativeParagraph> Build(IReadOnlyList<NarrativeLine> lines)
    {
        var paragraphs = new List<NarrativeParagraph>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        var bodySize = FrontMatter.BodySize(lines);
        var margins = lines.GroupBy(l => l.Page.Width).ToDictionary(g => g.Key, g => Margins.Of([.. g], bodySize));
        var lineGap = TypicalGap(lines, bodySize);
        var current = new List<NarrativeLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (current.Count > 0 && StartsParagraph(lines[i - 1], lines[i], margins, lineGap, bodySize))
            {
                paragraphs.Add(ToParagraph(current, margins, bodySize));
                current = [];
            }

            current.Add(lines[i]);
        }

        paragraphs.Add(ToParagraph(current, margins, bodySize));
        return paragraphs;
    }

    private static bool StartsParagraph(NarrativeLine previous, NarrativeLine line, Dictionary<double, Margins> margins, double lineGap, double bodySize)
    {
        var edges = margins[line.Page.Width];
        var previousEdges = margins[previous.Page.Width];
        var unit = LineEvidence.CharWidth(line.Line, bodySize);
        if (line.Line.Left > edges.Left + (IndentChars * unit) || previous.Line.Right < previousEdges.Right - (ShortChars * unit))
        {
            return true;
        }

        if (previous.Line.Left > previousEdges.Left + ((previousEdges.Right - previousEdges.Left) / 3))
        {
            return true;
        }

        if (LineEvidence.IsTableRow(previous.Line, unit) || LineEvidence.IsTableRow(line.Line, unit) || Emphasis(previous.Line, bodySize) != Emphasis(line.Line, bodySize))
        {
            return true;
        }

        // A heading set like body text, after a sentence that ended: （三）人员情况说明 under
        // …计划财务科。 Items run together in one paragraph (…工作；2、负责…) are no headings.
        var ended = previous.Line.Compact.Length > 0 && previous.Line.Compact[^1] is '。' or '；' or '：' or ';' or ':';
        if (ended && line.Line.Right < edges.Right - (ShortChars * unit) && HeadingText.IsHeadingLine(line.Line.Compact))
        {
            return true;
        }

        return line.Page == previous.Page && previous.Line.Bottom - line.Line.Top > lineGap + (0.6 * unit);
    }

    private static NarrativeParagraph ToParagraph(List<NarrativeLine> lines, Dictionary<double, Margins> margins, double bodySize)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Append(text, line.Line);
        }

        var last = lines[^1];
        var unit = LineEvidence.CharWidth(last.Line, bodySize);
        var standsAlone = last.Line.Right < margins[last.Page.Width].Right - (ShortChars * unit) || lines.Count == 1;
        var emphasised = lines.TrueForAll(l => Emphasis(l.Line, bodySize));
        return NarrativeParagraph.Read(text.ToString(), [.. lines.Select(l => l.Page.Number).Distinct()], standsAlone, emphasised);
    }

    /// <summary>
    /// Appends a line's words. Chinese needs no spaces: a gap between words is kept only where
    /// Latin letters or digits meet, or where it is wide, as between the cells of a small table.
    /// </summary>
    private static void Append(StringBuilder text, TextLine line)
    {
        TextWord? previous = null;
        foreach (var word in line.Words)
        {
            if (text.Length > 0)
            {
                var wide = previous is not null && word.Left - previous.Right > previous.Height * 0.9;
                if (wide || (IsLatin(text[^1]) && IsLatin(word.Text[0])))
                {
                    text.Append(' ');
                }
            }

            text.Append(word.Text.Trim());
            previous = word;
        }
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);

    private static bool Emphasis(TextLine line, double bodySize) =>
        line.Words.All(w => w.Bold) || line.Words.Max(w => w.FontSize) >= bodySize * LargerScale;

    /// <summary>The usual distance between two lines of one paragraph on a page.</summary>
    private static double TypicalGap(IReadOnlyList<NarrativeLine> lines, double bodySize)
    {
        var gaps = new List<double>();
        var textGaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Page == lines[i - 1].Page)
            {
                var gap = lines[i - 1].Line.Bottom - lines[i].Line.Top;
                gaps.Add(gap);

                // The wrapped cells of a table printed in the narrative stand closer than its prose lines.
                if (LineEvidence.IsProse(lines[i - 1].Line, lines[i - 1].Page, LineEvidence.CharWidth(lines[i - 1].Line, bodySize)))
                {
                    textGaps.Add(gap);
                }
            }
        }

        var typical = textGaps.Count > 0 ? textGaps : gaps;
        return typical.Count == 0 ? 0 : typical.Order().ElementAt(typical.Count / 2);
    }

    /// <summary>
    /// The left and right edges of the text block: the leftmost edge many lines start at (in a
    /// list of one-line items the indented first lines outnumber the unindented ones), and where
    /// full lines end, among the lines of prose (a table's cells do not count).
    /// </summary>
    private sealed record Margins(double Left, double Right)
    {
        public static Margins Of(List<NarrativeLine> lines, double bodySize)
        {
            // The rows and wrapped cells of a table printed in the narrative stand wider than its text block.
            var text = lines.FindAll(l => LineEvidence.IsProse(l.Line, l.Page, LineEvidence.CharWidth(l.Line, bodySize)));
            lines = text.Count > 0 ? text : lines;
            var starts = lines.GroupBy(l => Math.Round(l.Line.Left)).ToList();
            var common = Math.Max(3, lines.Count / 20);
            var left = starts.Where(g => g.Count() >= common).Select(g => g.Key).DefaultIfEmpty(starts.MaxBy(g => g.Count())!.Key).Min();
            var rights = lines.Select(l => l.Line.Right).Order().ToList();
            return new Margins(left, rights[(int)(rights.Count * 0.9)]);
        }
    }
}
