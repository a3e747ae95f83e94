using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Finds the narrative's lines in reading order: everything that is not a running header, footer
/// or page number, not the cover, not a 目录 (of the sections or of the tables), not a table
/// (title block, rows, notes) and not the 公开报表 part that holds the tables.
/// </summary>
public static class NarrativeRegion
{
    // A little slack around title blocks and table bands: glyph boxes differ by a point or two.
    private const double BandSlack = 1.0;

    /// <summary>The narrative lines of a document, page by page, top to bottom.</summary>
    public static IReadOnlyList<NarrativeLine> Lines(IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location)
    {
        var lines = new List<NarrativeLine>();
        foreach (var page in pages.Where(p => !location.TableOfContentsPages.Contains(p.Number)))
        {
            var titles = location.TitleBlocks.Where(t => t.Page == page.Number).ToList();
            var bands = location.Tables.SelectMany(t => t.Bands).Where(b => b.Page == page.Number).ToList();
            var content = furniture.Content(page)
                .Where(l => !titles.Exists(t => Inside(l, t.Top, t.Bottom)) && !bands.Exists(b => Inside(l, b.Top, b.Bottom)) && !IsFigures(l))
                .ToList();
            if (bands.Count == 0 && content.Count > 0 && content.TrueForAll(l => TablePatterns.Note().IsMatch(l.Compact)))
            {
                // A page holding only the note of the table before it (注：不涉及) belongs to that table.
                continue;
            }

            lines.AddRange(content.Select(l => new NarrativeLine(page, l)));
        }

        return WithoutTablesPart(FrontMatter.Skip(lines));
    }

    /// <summary>
    /// Drops the 公开报表 part: from its part heading, or the centred banner over the tables when
    /// no part heading announces them, to the next part heading (a 第五部分 名词解释 printed after
    /// the tables is narrative again).
    /// </summary>
    private static List<NarrativeLine> WithoutTablesPart(IReadOnlyList<NarrativeLine> lines)
    {
        var kept = new List<NarrativeLine>(lines.Count);
        var inTablesPart = false;
        foreach (var line in lines)
        {
            var compact = line.Line.Compact;
            if (HeadingText.Marker(compact)?.Style == EnumeratorStyle.Part)
            {
                inTablesPart = SectionVocabulary.IsTablesPart(compact);
            }
            else if (SectionVocabulary.IsTablesBanner(compact) && Math.Abs(line.Line.CenterX - (line.Page.Width / 2)) < line.Page.Width * 0.1)
            {
                inTablesPart = true;
            }

            if (!inTablesPart)
            {
                kept.Add(line);
            }
        }

        return kept;
    }

    /// <summary>
    /// A line of figures alone (200, 180 172, 0.89 0.89, 7%): the axis or data labels of a chart,
    /// or the numbers of a table row. The tail of a sentence (（1.67%）。) has its punctuation.
    /// </summary>
    private static bool IsFigures(TextLine line) =>
        !line.Compact.Any(c => char.IsLetter(c) || c is '。' or '，' or '；' or '：' or '、' or '（' or '）');

    private static bool Inside(TextLine line, double top, double bottom)
    {
        var centre = (line.Top + line.Bottom) / 2;
        return centre <= top + BandSlack && centre >= bottom - BandSlack;
    }
}
