using System.Globalization;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Finds table title blocks on a page in their printed forms: <c>表1</c> on its own line above
/// or below the title, <c>表1 标题</c> on one line, or a title without number that the 目录 (or
/// the standard title vocabulary) recognises.
/// </summary>
public sealed class TitleFinder
{
    // How many lines around a bare 表N line may hold its title or 单位 line.
    private const int Reach = 3;

    private readonly IReadOnlyList<TocEntry> _toc;

    /// <summary>Creates a finder that numbers unnumbered titles from the given 目录.</summary>
    public TitleFinder(IReadOnlyList<TocEntry> toc) => _toc = toc;

    /// <summary>The title blocks on a page, top to bottom, ignoring running headers and footers.</summary>
    public IReadOnlyList<TitleAnchor> Find(PageText page, PageFurniture furniture)
    {
        var anchors = new List<TitleAnchor>();
        var lines = furniture.Content(page).ToList();
        var used = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var anchor = Match(page, lines, i, used);
            if (anchor is not null)
            {
                anchors.Add(anchor);
            }
        }

        return anchors;
    }

    private TitleAnchor? Match(PageText page, IReadOnlyList<TextLine> lines, int i, HashSet<int> used)
    {
        var raw = lines[i].Compact;
        var folded = TextShape.FoldWidth(raw);
        var block = new List<int> { i };
        int? number = null;
        string? title = null;

        var numbered = TablePatterns.NumberOnly().Match(folded);
        var numberAndTitle = TablePatterns.NumberAndTitle().Match(folded);
        if (numbered.Success)
        {
            number = Parse(numbered.Groups[1].Value);
            foreach (var j in Enumerable.Range(i + 1, Reach).Append(i - 1).Where(j => j >= 0 && j < lines.Count && !used.Contains(j)))
            {
                title = TitleAt(lines, j, out var end);
                if (title is not null)
                {
                    block.AddRange(Enumerable.Range(j, end - j + 1));
                    break;
                }
            }

            title ??= _toc.FirstOrDefault(e => e.Number == number)?.Title;
        }
        else if (numberAndTitle.Success)
        {
            var rest = raw[numberAndTitle.Groups[2].Index..];
            title = TitleLike(rest);
            if (title is null && i + 1 < lines.Count && Continues(lines[i], lines[i + 1]))
            {
                title = TitleLike(rest + lines[i + 1].Compact);
                block.Add(i + 1);
            }

            number = title is null ? null : Parse(numberAndTitle.Groups[1].Value);
        }
        else
        {
            title = TitleAt(lines, i, out var end);
            if (title is null)
            {
                return null;
            }

            block.AddRange(Enumerable.Range(i + 1, end - i));
            var listed = _toc.FirstOrDefault(e => TableTitles.Same(e.Title, title));
            if (listed is null && (_toc.Count > 0 || !StandsAsTitle(page, lines, i)))
            {
                return null;
            }

            number = listed?.Number;
        }

        if (title is null)
        {
            return null;
        }

        // The 单位 line belongs to the title block: the table starts below it.
        string? measure = null;
        var last = block.Max();
        for (var j = block.Min(); j < Math.Min(lines.Count, last + Reach + 1); j++)
        {
            var m = TablePatterns.MeasureLine().Match(TextShape.FoldWidth(lines[j].Compact));
            if (m.Success && lines[j].Compact.Length <= 60)
            {
                measure = m.Groups[1].Value;
                block.Add(j);
                break;
            }
        }

        foreach (var j in block)
        {
            used.Add(j);
        }

        var top = block.Max(j => lines[j].Top);
        var bottom = block.Min(j => lines[j].Bottom);
        return new TitleAnchor(page.Number, number, title, top, bottom, measure);
    }

    /// <summary>The title starting at line j, joined with the next line when the title wraps; null when none.</summary>
    private static string? TitleAt(IReadOnlyList<TextLine> lines, int j, out int end)
    {
        end = j;
        var single = TitleLike(lines[j].Compact);
        if (single is not null)
        {
            // A qualifier wrapped onto its own line: （按经济分类科目分）.
            if (j + 1 < lines.Count && Continues(lines[j], lines[j + 1]) && IsQualifier(lines[j + 1].Compact))
            {
                end = j + 1;
                return single + lines[j + 1].Compact;
            }

            return single;
        }

        // A fragment followed by its tail at the same size: the title wrapped. The tail must not be
        // a title of its own, unless the fragment visibly breaks off mid-phrase (经费、).
        if (j + 1 < lines.Count && Continues(lines[j], lines[j + 1])
            && (TitleLike(lines[j + 1].Compact) is null || lines[j + 1].Compact.Length * 2 < lines[j].Compact.Length || EndsMidPhrase(lines[j].Compact)))
        {
            end = j + 1;
            return TitleLike(lines[j].Compact + lines[j + 1].Compact);
        }

        return null;
    }

    private static bool EndsMidPhrase(string compact) => compact.Length > 0 && compact[^1] is '、' or '，' or '“' or '及' or '和' or '与';

    private static bool IsQualifier(string compact) =>
        compact.Length >= 3 && compact[0] is '（' or '(' && compact[^1] is '）' or ')';

    private static string? TitleLike(string compact)
    {
        var title = CutMeasure(compact);
        return TableTitles.LooksLikeTitle(TextShape.FoldWidth(title)) ? title : null;
    }

    /// <summary>Whether the next line carries on a wrapped title: close below it, at the same size.</summary>
    private static bool Continues(TextLine line, TextLine next) =>
        line.Top - next.Top < line.Height * 2.2 && Math.Abs(line.Height - next.Height) < line.Height * 0.25 && !TablePatterns.MeasureLine().IsMatch(next.Compact);

    /// <summary>An unnumbered title with no 目录 to confirm it must at least stand where titles stand.</summary>
    private static bool StandsAsTitle(PageText page, IReadOnlyList<TextLine> lines, int i)
    {
        var line = lines[i];
        var centred = Math.Abs(line.CenterX - (page.Width / 2)) < page.Width * 0.15;
        var followedByMeasure = lines.Skip(i + 1).Take(Reach).Any(l => TablePatterns.MeasureLine().IsMatch(TextShape.FoldWidth(l.Compact)));
        return centred || followedByMeasure;
    }

    private static string CutMeasure(string compact)
    {
        var cut = compact.IndexOf("单位", StringComparison.Ordinal);
        if (cut > 0 && TablePatterns.MeasureLine().IsMatch(compact[cut..]))
        {
            compact = compact[..cut];
            compact = compact.EndsWith("金额", StringComparison.Ordinal) ? compact[..^2] : compact;
        }

        return compact;
    }

    private static int Parse(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
