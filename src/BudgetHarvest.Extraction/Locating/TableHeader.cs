using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>The compact text a table prints above its first data line: its column header.</summary>
internal static class TableHeader
{
    // A header is a few printed lines deep (vertical headings print a line per glyph); past that the table has no data line to stop at.
    private const int MaximumLines = 24;

    public static string Text(LocatedTable table, IReadOnlyList<PageText> pages, PageFurniture furniture)
    {
        var first = table.Bands[0];
        var lines = furniture.Content(pages[first.Page - 1])
            .Where(l => (l.Top + l.Bottom) / 2 < first.Top && (l.Top + l.Bottom) / 2 > first.Bottom)
            .TakeWhile(l => !l.Words.Any(w => TablePatterns.DecimalAmount().IsMatch(w.Text)))
            .Take(MaximumLines);
        return string.Concat(lines.Select(l => l.Compact));
    }
}
