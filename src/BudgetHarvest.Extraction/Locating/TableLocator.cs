using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Finds every standard table in a document: its number and title, the pages it spans (a table
/// continued on later pages is one table, whether or not the title is printed again), its measure
/// and whether it was published empty.
/// </summary>
public static class TableLocator
{
    /// <summary>Locates the tables of a document.</summary>
    public static TableLocation Locate(IReadOnlyList<PageText> pages, PageFurniture furniture)
    {
        var (toc, tocPages) = TableOfContentsReader.Read(pages);
        var finder = new TitleFinder(toc);
        var anchors = pages.Where(p => !tocPages.Contains(p.Number)).SelectMany(p => finder.Find(p, furniture)).ToList();

        var tables = new List<LocatedTable>();
        LocatedTable? current = null;
        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = anchors[a];
            var next = a + 1 < anchors.Count ? anchors[a + 1] : null;
            if (current is null || !Continues(current, anchor))
            {
                current = new LocatedTable
                {
                    Number = anchor.Number ?? InferNumber(tables),
                    Title = anchor.Title,
                    Kind = TableKindClassifier.Classify(anchor.Title),
                    Measure = anchor.Measure,
                };
                tables.Add(current);
            }

            else if (toc.FirstOrDefault(e => e.Number == current.Number) is { } listed
                && !TableTitles.Same(current.Title, listed.Title) && TableTitles.Same(anchor.Title, listed.Title))
            {
                // A sheet-name banner (表11-财拨结转支出表) above the real title: the 目录 says which is the title.
                current.Title = anchor.Title;
            }

            current.Measure ??= anchor.Measure;
            AddBands(current, anchor, next, pages, furniture);
        }

        foreach (var table in tables)
        {
            TableContent.Describe(table, pages, furniture, toc.FirstOrDefault(e => e.Number == table.Number));
        }

        var fallbackMeasure = tables.Where(t => t.Measure is not null).GroupBy(t => t.Measure).MaxBy(g => g.Count())?.Key;
        foreach (var table in tables)
        {
            table.Measure ??= fallbackMeasure;
        }

        return new TableLocation(toc, tables) { TitleBlocks = anchors, TableOfContentsPages = tocPages };
    }

    private static bool Continues(LocatedTable current, TitleAnchor anchor) =>
        anchor.Number is not null && current.Number is not null
            ? anchor.Number == current.Number
            : TableTitles.Same(current.Title, anchor.Title);

    private static int? InferNumber(List<LocatedTable> tables) =>
        tables.Count == 0 ? 1 : tables[^1].Number + 1;

    private static void AddBands(LocatedTable table, TitleAnchor anchor, TitleAnchor? next, IReadOnlyList<PageText> pages, PageFurniture furniture)
    {
        var nextOnSamePage = next is not null && next.Page == anchor.Page;
        table.Bands.Add(Band(pages[anchor.Page - 1], anchor.Bottom, nextOnSamePage ? next!.Top : 0, furniture, alwaysContent: true));
        if (nextOnSamePage)
        {
            return;
        }

        // Pages after the title page belong to the table while they hold table content and no new title.
        var lastPage = next?.Page ?? pages.Count + 1;
        for (var p = anchor.Page + 1; p <= Math.Min(lastPage, pages.Count); p++)
        {
            var page = pages[p - 1];
            var band = Band(page, page.Height, p == lastPage ? next!.Top : 0, furniture, alwaysContent: false);
            if (!band.HasContent)
            {
                break;
            }

            table.Bands.Add(band);
        }
    }

    private static PageBand Band(PageText page, double top, double bottom, PageFurniture furniture, bool alwaysContent)
    {
        var hasContent = alwaysContent || furniture.Content(page)
            .Where(l => (l.Top + l.Bottom) / 2 < top && (l.Top + l.Bottom) / 2 > bottom)
            .Any(l => !TablePatterns.Note().IsMatch(l.Compact));
        return new PageBand(page.Number, top, bottom, hasContent);
    }
}

/// <summary>The result of locating tables: the 目录 as printed and the tables found.</summary>
public sealed record TableLocation(IReadOnlyList<TocEntry> TableOfContents, IReadOnlyList<LocatedTable> Tables)
{
    /// <summary>Every table title block found (表N, title, 单位 line), continuation titles included.</summary>
    public IReadOnlyList<TitleAnchor> TitleBlocks { get; init; } = [];

    /// <summary>Pages that print the 目录.</summary>
    public IReadOnlySet<int> TableOfContentsPages { get; init; } = new HashSet<int>();
}
