using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Finds every standard table in a document: its number and title, the pages it spans (a table
/// continued on later pages is one table, whether or not the title is printed again), its kind and
/// facets, its measure and whether it was published empty. What differs between template families
/// comes from the family's data (<see cref="TemplateFamily"/>).
/// </summary>
public static class TableLocator
{
    /// <summary>Locates the tables of a document by the general rules.</summary>
    public static TableLocation Locate(IReadOnlyList<PageText> pages, PageFurniture furniture) =>
        Locate(pages, furniture, FamilyCatalog.Default.General);

    /// <summary>Locates the tables of a document by a family's rules.</summary>
    public static TableLocation Locate(IReadOnlyList<PageText> pages, PageFurniture furniture, TemplateFamily family)
    {
        var (toc, tocPages) = TableOfContentsReader.Read(pages, family);
        var finder = new TitleFinder(toc, family);
        var typing = new TableTyping(family);
        var boundary = new TableBoundary(finder, furniture);
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
            boundary.AddBands(current, anchor, next, pages);
        }

        var emptyNotes = family.EmptyNotes.Select(n => new Regex(n, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToList();
        foreach (var table in tables)
        {
            var type = typing.Classify(table.Title, TableHeader.Text(table, pages, furniture));
            (table.Kind, table.Funding, table.Spending, table.RowKey) = (type.Kind, type.Funding, type.Spending, type.RowKey);
            TableContent.Describe(table, pages, furniture, toc.FirstOrDefault(e => e.Number == table.Number), emptyNotes);
        }

        var fallbackMeasure = tables.Where(t => t.Measure is not null).GroupBy(t => t.Measure).MaxBy(g => g.Count())?.Key;
        foreach (var table in tables)
        {
            table.Measure ??= fallbackMeasure;
        }

        return new TableLocation(toc, tables) { TitleBlocks = anchors, TableOfContentsPages = tocPages, Family = family.Name };
    }

    private static bool Continues(LocatedTable current, TitleAnchor anchor) =>
        anchor.Number is not null && current.Number is not null
            ? anchor.Number == current.Number
            : TableTitles.Same(current.Title, anchor.Title);

    private static int? InferNumber(List<LocatedTable> tables) =>
        tables.Count == 0 ? 1 : tables[^1].Number + 1;
}

/// <summary>The result of locating tables: the 目录 as printed and the tables found.</summary>
public sealed record TableLocation(IReadOnlyList<TocEntry> TableOfContents, IReadOnlyList<LocatedTable> Tables)
{
    /// <summary>Every table title block found (表N, title, 单位 line), continuation titles included.</summary>
    public IReadOnlyList<TitleAnchor> TitleBlocks { get; init; } = [];

    /// <summary>Pages that print the 目录.</summary>
    public IReadOnlySet<int> TableOfContentsPages { get; init; } = new HashSet<int>();

    /// <summary>The template family the document was read with (<c>general</c> when none was recognised).</summary>
    public string Family { get; init; } = "general";
}
