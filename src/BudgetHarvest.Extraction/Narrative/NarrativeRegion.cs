using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;
using BudgetHarvest.Extraction.Locating;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Finds the narrative's lines in reading order: everything that is not a running header, footer
/// or page number, not the cover, not a 目录 (of the sections or of the tables), not a table
/// and not the part that holds the tables — wherever the narrative sits (before, between or after
/// the tables, or the whole PDF). The evidence is on the page (<see cref="PageEvidence"/>): a page
/// of prose is narrative even when the table locator counted it into a table, a run of table rows
/// under a table title is a table even on a page that also has prose; the locator's title blocks and
/// bands only decide what the page itself leaves open.
/// </summary>
public static class NarrativeRegion
{
    // A little slack around title blocks and table bands: glyph boxes differ by a point or two.
    private const double BandSlack = 1.0;

    // A table that ends a page has a row among its last lines (the others are wrapped cells).
    private const int TableTailLines = 3;

    /// <summary>The narrative lines of a document, page by page, top to bottom.</summary>
    public static IReadOnlyList<NarrativeLine> Lines(IReadOnlyList<PageText> pages, PageFurniture furniture, TableLocation location)
    {
        var contents = pages.Select(p => furniture.Content(p).ToList()).ToList();
        var bodySize = FrontMatter.BodySize([.. pages.SelectMany((p, i) => contents[i].Select(l => new NarrativeLine(p, l)))]);
        var lines = new List<NarrativeLine>();
        var tableOpen = false;
        foreach (var page in pages)
        {
            var content = contents[page.Number - 1];
            var evidence = PageEvidence.Of(page, content, bodySize);
            if (location.TableOfContentsPages.Contains(page.Number) && !evidence.IsProse)
            {
                tableOpen = false;
                continue;
            }

            var claimed = location.TitleBlocks.Any(t => t.Page == page.Number) || location.Tables.Any(t => t.Bands.Exists(b => b.Page == page.Number));
            var untitled = !location.TitleBlocks.Any(t => t.Page == page.Number);
            var kept = evidence.IsTabular && ((tableOpen && untitled) || (evidence.Prose > 0 && !claimed))
                ? content
                : [.. Keep(page, content, evidence, location, bodySize)];
            lines.AddRange(kept.Select(l => new NarrativeLine(page, l)));

            // A table of the narrative (会议费明细表 under its paragraph, 重点项目绩效目标 after
            // 情况如下：) is text: a page of table rows is kept when it has a sentence and no
            // located table claims it, or when it continues a table that ended the page before
            // (whatever band the locator drew over it) and no table title starts it.
            tableOpen = kept.Count > 0 && kept.TakeLast(TableTailLines).Any(l => LineEvidence.IsTabular(l, LineEvidence.CharWidth(l, bodySize)) || LineEvidence.AnnouncesTable(l));
        }

        return NarrativeForms.Without(TablesPart.Without(FrontMatter.Skip(lines)), bodySize);
    }

    /// <summary>The page's narrative lines.</summary>
    private static IEnumerable<TextLine> Keep(PageText page, List<TextLine> content, PageEvidence evidence, TableLocation location, double bodySize)
    {
        var titles = location.TitleBlocks.Where(t => t.Page == page.Number).ToList();
        var bands = location.Tables.SelectMany(t => t.Bands).Where(b => b.Page == page.Number).ToList();
        if (evidence.IsProse)
        {
            // Prose on the page: only a titled table printed below it (title, then rows) is left out.
            return content.Where(l => !titles.Exists(t => IsTitledTable(page, content, t, l, bodySize)) && !LineEvidence.IsFigures(l));
        }

        if (evidence.IsTabular)
        {
            // A page of table rows that no located table claims is a table all the same (a
            // per-project 绩效目标 form, a table the locator missed).
            return [];
        }

        if (evidence.Tabular == 0 && content.Exists(l => HeadingText.Marker(l.Compact)?.Style == EnumeratorStyle.Part))
        {
            // A part heading or part cover (第二部分 / 2026 年度 / 单位预算表) is no table, whatever
            // title or band the locator saw there: the tables part is told by its title.
            return content;
        }

        var kept = content.Where(l => !titles.Exists(t => Inside(l, t.Top, t.Bottom)) && !bands.Exists(b => Inside(l, b.Top, b.Bottom)) && !LineEvidence.IsFigures(l)).ToList();

        // A page holding only the note of the table before it (注：不涉及) belongs to that table.
        return bands.Count == 0 && kept.Count > 0 && kept.TrueForAll(l => TablePatterns.Note().IsMatch(l.Compact)) ? [] : kept;
    }

    /// <summary>
    /// Whether a line belongs to a table whose title block is printed on a page of prose: the
    /// title itself, or a line below it down to the next title, when what stands there is table
    /// rows rather than prose (a 目录 line or a heading mistaken for a title has prose under it).
    /// </summary>
    private static bool IsTitledTable(PageText page, List<TextLine> content, TitleAnchor title, TextLine line, double bodySize)
    {
        var centre = (line.Top + line.Bottom) / 2;
        if (centre > title.Top + BandSlack)
        {
            return false;
        }

        var below = content.Where(l => (l.Top + l.Bottom) / 2 < title.Bottom - BandSlack).ToList();
        return !PageEvidence.Of(page, below, bodySize).IsProse && (centre >= title.Bottom - BandSlack || below.Contains(line));
    }

    private static bool Inside(TextLine line, double top, double bottom)
    {
        var centre = (line.Top + line.Bottom) / 2;
        return centre <= top + BandSlack && centre >= bottom - BandSlack;
    }
}
