using BudgetHarvest.Core.Narrative;

namespace BudgetHarvest.Classification.Training;

/// <summary>
/// Reads the narrative of a disclosure's plain-text rendering (such as
/// <c>seeds/baoji-bigdata-2023.txt</c>): paragraphs separated by blank lines, a cover and a 目录
/// before it, the 公开报表 part after it. Page breaks split some paragraphs in two; a piece that
/// does not end a sentence is joined to the next.
/// </summary>
public static class SeedText
{
    /// <summary>The narrative's paragraphs, in reading order.</summary>
    public static IReadOnlyList<NarrativeParagraph> Read(string text)
    {
        var lines = text.Split('\n')
            .Select(l => l.Replace("\t", "  ", StringComparison.Ordinal).Trim().TrimStart('-', '*', '•').Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var start = StartOfNarrative(lines);
        var pieces = new List<string>();
        for (var i = start; i < lines.Count && !SectionVocabulary.IsTablesPart(lines[i]); i++)
        {
            var line = lines[i];
            if (pieces.Count > 0 && Unfinished(pieces[^1]) && HeadingText.Marker(line) is null)
            {
                pieces[^1] += line;
            }
            else
            {
                pieces.Add(line);
            }
        }

        return [.. pieces.Select(p => NarrativeParagraph.Read(p, []))];
    }

    /// <summary>
    /// Past the cover and the 目录: the 目录 lists the parts (第一部分…第四部分), and the narrative
    /// starts where the part numbering starts again.
    /// </summary>
    private static int StartOfNarrative(List<string> lines)
    {
        var contents = lines.FindIndex(l => l.Replace(" ", "", StringComparison.Ordinal) is "目录");
        if (contents < 0)
        {
            return 0;
        }

        var highestPart = 0;
        for (var i = contents + 1; i < lines.Count; i++)
        {
            if (HeadingText.Marker(lines[i]) is { Style: EnumeratorStyle.Part } part)
            {
                if (part.Number <= highestPart)
                {
                    return i;
                }

                highestPart = part.Number;
            }
        }

        return contents + 1;
    }

    /// <summary>
    /// A piece cut by a page break: a long run of text that ends mid-sentence. Headings, captions
    /// (单位：万元) and table rows (cells apart) are whole.
    /// </summary>
    private static bool Unfinished(string piece) =>
        piece.Length >= 12 && piece[^1] is not ('。' or '；' or ';' or '：' or ':' or '！' or '？' or '）' or ')' or '”')
        && !HeadingText.IsHeadingLine(piece) && !piece.Contains("  ", StringComparison.Ordinal) && !char.IsDigit(piece[^1]);
}
