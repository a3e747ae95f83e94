using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Narrative;

/// <summary>
/// Skips what precedes the narrative: the cover (unit name and document title in display type,
/// centred) and the 目录 of the narrative, which lists the section headings (with or without
/// page numbers) and may run onto a second page.
/// </summary>
internal static class FrontMatter
{
    // Display type on a cover is much larger than body text (22 pt titles over 12 pt text).
    private const double DisplayScale = 1.3;

    // Longest 目录 entry: a heading with dot leaders and a page number.
    private const int MaxEntryLength = 48;

    public static IReadOnlyList<NarrativeLine> Skip(IReadOnlyList<NarrativeLine> lines)
    {
        if (lines.Count == 0)
        {
            return lines;
        }

        var bodySize = BodySize(lines);
        var start = 0;
        while (start < lines.Count)
        {
            var line = lines[start];
            if (IsContentsHeading(line.Line))
            {
                start = EndOfContents(lines, start);
            }
            else if (IsCoverLine(line, bodySize))
            {
                start++;
            }
            else
            {
                break;
            }
        }

        return start == 0 ? lines : [.. lines.Skip(start)];
    }

    /// <summary>The font size most of the narrative's characters are set in.</summary>
    internal static double BodySize(IReadOnlyList<NarrativeLine> lines) =>
        lines.SelectMany(l => l.Line.Words)
            .Where(w => w.FontSize > 0)
            .GroupBy(w => Math.Round(w.FontSize * 2) / 2)
            .MaxBy(g => g.Sum(w => w.Text.Length))?.Key ?? lines.Select(l => l.Line.Height).Order().ElementAt(lines.Count / 2);

    private static bool IsContentsHeading(TextLine line) => BoundaryTitles.IsContents(line.Compact);

    /// <summary>Cover lines: display type, or a short centred title without enumerator (a heading has one).</summary>
    private static bool IsCoverLine(NarrativeLine line, double bodySize)
    {
        var text = line.Line;
        if (HeadingText.Marker(text.Compact) is not null)
        {
            return false;
        }

        var size = text.Words.Max(w => w.FontSize);
        var centred = Math.Abs(text.CenterX - (line.Page.Width / 2)) < line.Page.Width * 0.08;
        return size >= bodySize * DisplayScale || (centred && text.Compact.Length <= 30 && !text.Compact.Contains('。', StringComparison.Ordinal));
    }

    /// <summary>
    /// The index after the 目录 at <paramref name="start"/>: its entries to the end of its page, and
    /// following pages made of nothing but entries.
    /// </summary>
    private static int EndOfContents(IReadOnlyList<NarrativeLine> lines, int start)
    {
        var page = lines[start].Page.Number;
        var end = start + 1;
        var entries = new HashSet<string>();
        while (end < lines.Count && lines[end].Page.Number == page && IsEntry(lines[end].Line) && entries.Add(EntryTitle(lines[end].Line)))
        {
            end++;
        }

        if (end < lines.Count && lines[end].Page.Number == page)
        {
            // The narrative starts on the 目录's page (its first heading repeats an entry).
            return end;
        }

        while (end < lines.Count && lines[end].Page.Number != page)
        {
            var next = lines[end].Page.Number;
            var pageEnd = end;
            while (pageEnd < lines.Count && lines[pageEnd].Page.Number == next)
            {
                pageEnd++;
            }

            if (!lines.Skip(end).Take(pageEnd - end).All(l => IsEntry(l.Line)))
            {
                break;
            }

            page = next;
            end = pageEnd;
        }

        return end;
    }

    /// <summary>An entry's title without dot leaders and page number, to see the headings it lists come again.</summary>
    private static string EntryTitle(TextLine line) => HeadingText.Title(line.Compact.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').TrimEnd('.', '…', '·', '-'));

    /// <summary>A 目录 entry: a short heading-like line, no sentence.</summary>
    private static bool IsEntry(TextLine line)
    {
        var compact = line.Compact;
        return compact.Length <= MaxEntryLength && !compact.EndsWith('。') && !compact.EndsWith('；') && !compact.Contains('，', StringComparison.Ordinal);
    }
}
