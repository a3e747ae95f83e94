using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Decides what a located table's pages say about it: the measure when no 单位 line was printed,
/// and whether it is an empty form, with the printed reason (目录's 公开空表理由 or a note under
/// the table such as <c>注：不涉及，此表为空表。</c>).
/// </summary>
internal static partial class TableContent
{
    [GeneratedRegex(@"[,，]?(?:此表|本表)?(?:为|是)?空表[。.]?$|[。.]$")]
    private static partial Regex ReasonTail();

    public static void Describe(LocatedTable table, IReadOnlyList<PageText> pages, PageFurniture furniture, TocEntry? listed)
    {
        var lines = table.Bands
            .SelectMany(b => furniture.Content(pages[b.Page - 1]).Where(l => (l.Top + l.Bottom) / 2 < b.Top && (l.Top + l.Bottom) / 2 > b.Bottom))
            .Concat(NotesOnFollowingPage(table, pages, furniture))
            .ToList();

        if (table.Measure is null)
        {
            var inCell = lines.Select(l => TablePatterns.MeasureInCell().Match(TextShape.FoldWidth(l.Compact))).FirstOrDefault(m => m.Success);
            table.Measure = inCell?.Groups[1].Value;
        }

        var noteReason = lines
            .Where(l => TablePatterns.Note().IsMatch(l.Compact))
            .Select(l => TablePatterns.Note().Replace(l.Compact, ""))
            .FirstOrDefault(text => TablePatterns.EmptyMarker().IsMatch(text));
        var declared = listed?.DeclaredEmpty == true || noteReason is not null;
        if (!declared || HasAmounts(lines))
        {
            return;
        }

        table.Empty = true;
        var reason = listed?.DeclaredEmpty == true ? listed.EmptyReason ?? noteReason : noteReason;
        table.EmptyReason = reason is null ? null : Clean(reason);
    }

    /// <summary>A page holding nothing but a note continues the table before it (the note overflowed).</summary>
    private static IEnumerable<TextLine> NotesOnFollowingPage(LocatedTable table, IReadOnlyList<PageText> pages, PageFurniture furniture)
    {
        var last = table.Bands.Max(b => b.Page);
        if (last >= pages.Count || table.Bands.Any(b => b.Page == last + 1))
        {
            return [];
        }

        var content = furniture.Content(pages[last]).ToList();
        return content.Count > 0 && content.TrueForAll(l => TablePatterns.Note().IsMatch(l.Compact)) ? content : [];
    }

    private static bool HasAmounts(List<TextLine> lines) =>
        lines.SelectMany(l => l.Words).Any(w =>
            TablePatterns.DecimalAmount().IsMatch(w.Text) && decimal.TryParse(w.Text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var v) && v != 0);

    private static string? Clean(string reason)
    {
        var text = reason;
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = ReasonTail().Replace(text, "");
        }

        return text.Length == 0 ? null : text;
    }
}
