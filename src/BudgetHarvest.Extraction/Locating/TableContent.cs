using System.Globalization;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Decides what a located table's pages say about it: the measure when no 单位 line was printed,
/// and whether it is an empty form, with the printed reason (目录's 公开空表理由 or a note under
/// the table such as <c>注：本表本年无发生额。</c>). A form that prints no figure at all (a header and
/// a blank or zero 合计) is empty too, with no reason when none is printed.
/// </summary>
internal static partial class TableContent
{
    // A figure long enough not to be an enumerator (1、) or a 栏次 number: grouped, decimal, or a subject code.
    private const int FigureDigits = 5;

    [GeneratedRegex(@"[,，]?(?:此表|本表)?(?:为|是)?空表[。.]?$|[。.]$")]
    private static partial Regex ReasonTail();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Figure();

    // A note's clause that only says what the table shows (本表反映…) is no reason.
    [GeneratedRegex(@"^(?:本表|此表|表中)(?:反映|列示|填列)")]
    private static partial Regex Describes();

    [GeneratedRegex(@"[，,；;]")]
    private static partial Regex ClauseBreak();

    public static void Describe(LocatedTable table, IReadOnlyList<PageText> pages, PageFurniture furniture, TocEntry? listed, IReadOnlyList<Regex> emptyNotes)
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
            .Select(l => Reason(TablePatterns.Note().Replace(l.Compact, ""), emptyNotes))
            .FirstOrDefault(r => r is not null);
        var blankForm = table.Kind is not (TableKind.Performance or TableKind.Other);
        var declared = listed?.DeclaredEmpty == true || noteReason is not null || blankForm;
        if (!declared || HasFigures(lines))
        {
            return;
        }

        table.Empty = true;
        var reason = listed?.DeclaredEmpty == true ? listed.EmptyReason ?? noteReason : noteReason;
        table.EmptyReason = reason is null ? null : Clean(reason);
    }

    /// <summary>The part of a note that says why the table is empty; null when the note says no such thing.</summary>
    private static string? Reason(string note, IReadOnlyList<Regex> emptyNotes)
    {
        var text = note.Trim('(', ')', '（', '）');
        if (!emptyNotes.Any(n => n.IsMatch(TextShape.FoldWidth(text))))
        {
            return null;
        }

        while (Describes().IsMatch(text) && ClauseBreak().Match(text) is { Success: true } cut)
        {
            text = text[(cut.Index + 1)..];
        }

        return text;
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

    /// <summary>Whether the lines print a non-zero figure: an amount, or a subject code of a data row.</summary>
    private static bool HasFigures(List<TextLine> lines) =>
        lines.Where(l => !TablePatterns.Note().IsMatch(l.Compact)).SelectMany(l => Figure().Matches(TextShape.FoldWidth(l.Compact))).Any(m =>
            (m.Value.Contains('.', StringComparison.Ordinal) || m.Value.Contains(',', StringComparison.Ordinal) || m.Value.Length >= FigureDigits)
            && decimal.TryParse(m.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v != 0);

    private static string? Clean(string reason)
    {
        var text = reason.Trim('(', ')', '（', '）');
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = ReasonTail().Replace(text, "");
        }

        return text.Length == 0 ? null : text;
    }
}
