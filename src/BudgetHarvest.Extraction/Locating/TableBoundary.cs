using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Where a table's rows are printed: from below its title block to the next title on the page, and
/// on following pages while they carry table content. A page of prose, a page that opens with a
/// banner of a new part, or a blank page ends the table: narrative never joins it.
/// </summary>
internal sealed class TableBoundary(TitleFinder finder, PageFurniture furniture)
{
    // A prose line starts at the text's left margin, runs across much of the page and reads as
    // sentences; a description cell of a table starts in its own column, right of the row labels.
    private const double ProseWidthShare = 0.4;
    private const double ProseIndentShare = 0.1;
    private const int ProseMinimumLength = 15;
    private const int ProseMinimumLines = 3;
    private const double ProseLineShare = 0.25;

    public void AddBands(LocatedTable table, TitleAnchor anchor, TitleAnchor? next, IReadOnlyList<PageText> pages)
    {
        var nextOnSamePage = next is not null && next.Page == anchor.Page;
        table.Bands.Add(Band(pages[anchor.Page - 1], anchor.Bottom, nextOnSamePage ? next!.Top : 0, alwaysContent: true));
        if (nextOnSamePage)
        {
            return;
        }

        // Pages after the title page belong to the table while they hold table content and no new title.
        var lastPage = next?.Page ?? pages.Count + 1;
        for (var p = anchor.Page + 1; p <= Math.Min(lastPage, pages.Count); p++)
        {
            var page = pages[p - 1];
            var band = Band(page, page.Height, p == lastPage ? next!.Top : 0, alwaysContent: false);
            if (!band.HasContent || StartsNewPart(page, band) || IsProse(page, band))
            {
                break;
            }

            table.Bands.Add(band);
        }
    }

    private PageBand Band(PageText page, double top, double bottom, bool alwaysContent)
    {
        var hasContent = alwaysContent || Lines(page, top, bottom).Any(l => !TablePatterns.Note().IsMatch(l.Compact));
        return new PageBand(page.Number, top, bottom, hasContent);
    }

    private IEnumerable<TextLine> Lines(PageText page, double top, double bottom) =>
        furniture.Content(page).Where(l => (l.Top + l.Bottom) / 2 < top && (l.Top + l.Bottom) / 2 > bottom);

    private bool StartsNewPart(PageText page, PageBand band) =>
        Lines(page, band.Top, band.Bottom).FirstOrDefault() is { } first && finder.IsBanner(first.Compact);

    private bool IsProse(PageText page, PageBand band)
    {
        var lines = Lines(page, band.Top, band.Bottom).ToList();
        var margin = lines.Count == 0 ? 0 : lines.Min(l => l.Left);
        var prose = lines.Count(l => l.Compact.Length >= ProseMinimumLength
            && l.Left - margin < page.Width * ProseIndentShare
            && l.Right - l.Left > page.Width * ProseWidthShare
            && l.Compact.AsSpan().IndexOfAny("，。；") >= 0);
        // Goal texts in a 绩效 or project table read like prose too, but their rows print amounts in cells of their own.
        var figureLines = lines.Count(l => l.Words.Any(w => TablePatterns.DecimalAmount().IsMatch(w.Text)));
        return prose >= ProseMinimumLines && prose >= lines.Count * ProseLineShare && figureLines * 2 < prose;
    }
}
