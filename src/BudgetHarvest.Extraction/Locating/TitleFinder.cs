using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Finds table title blocks on a page in the printed forms the family's data lists: a label
/// (<c>表1</c>, <c>公开 01 表</c>, <c>表一</c>) on its own line above or below the title, a label and
/// title on one line (<c>表1：标题</c>, <c>一、标题</c>), or a title without label that the 目录 (or
/// the title vocabulary) recognises. Banners of the tables part are never titles.
/// </summary>
public sealed class TitleFinder
{
    // How many lines around a bare label line may hold its title or 单位 line.
    private const int Reach = 3;

    private const string NumberFromToc = "toc";
    private const string NumberOnlyFromToc = "toc-only";

    private readonly IReadOnlyList<TocEntry> _toc;
    private readonly List<(Regex Pattern, string NumberFrom)> _labels;
    private readonly List<Regex> _banners;
    private readonly TableTyping _typing;

    /// <summary>Creates a finder by the general rules that numbers unnumbered titles from the given 目录.</summary>
    public TitleFinder(IReadOnlyList<TocEntry> toc)
        : this(toc, FamilyCatalog.Default.General)
    {
    }

    /// <summary>Creates a finder by a family's rules that numbers unnumbered titles from the given 目录.</summary>
    public TitleFinder(IReadOnlyList<TocEntry> toc, TemplateFamily family)
    {
        _toc = toc;
        _labels = [.. family.Labels.Select(l => (Compile(l.Pattern), l.NumberFrom))];
        _banners = [.. family.Banners.Select(Compile)];
        _typing = new TableTyping(family);
    }

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

    /// <summary>Whether a line announces the tables part rather than titling a table.</summary>
    public bool IsBanner(string compact)
    {
        var folded = TextShape.FoldWidth(compact);
        return _banners.Exists(b => b.IsMatch(folded));
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private TitleAnchor? Match(PageText page, IReadOnlyList<TextLine> lines, int i, HashSet<int> used)
    {
        var raw = lines[i].Compact;
        var folded = TextShape.FoldWidth(raw);
        if (IsBanner(raw))
        {
            return null;
        }

        var block = new List<int> { i };
        int? number = null;
        string? title = null;

        var (label, numberFrom) = _labels.Select(l => (Match: l.Pattern.Match(folded), l.NumberFrom)).FirstOrDefault(l => l.Match.Success);
        if (label is not null && !label.Groups["title"].Success)
        {
            foreach (var j in Enumerable.Range(i + 1, Reach).Append(i - 1).Where(j => j >= 0 && j < lines.Count && !used.Contains(j) && !IsBanner(lines[j].Compact)))
            {
                title = TitleAt(lines, j, out var end);
                if (title is not null)
                {
                    block.AddRange(Enumerable.Range(j, end - j + 1));
                    break;
                }
            }

            var printed = Numerals.Parse(label.Groups["n"].Value);
            title ??= _toc.FirstOrDefault(e => e.Number == printed)?.Title;
            number = title is null ? null : Number(printed, numberFrom, title);
        }
        else if (label is not null)
        {
            var rest = raw[label.Groups["title"].Index..];
            title = TitleLike(rest);
            if (title is null && i + 1 < lines.Count && Continues(lines[i], lines[i + 1]))
            {
                title = TitleLike(rest + lines[i + 1].Compact);
                block.Add(i + 1);
            }

            number = title is null ? null : Number(Numerals.Parse(label.Groups["n"].Value), numberFrom, title);
        }

        if (label is null || number is null)
        {
            block = [i];
            title = TitleAt(lines, i, out var end);
            if (title is null)
            {
                return null;
            }

            block.AddRange(Enumerable.Range(i + 1, end - i));
            var listed = Listed(title);
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

    /// <summary>
    /// The number a label gives: the printed one, or (when the family counts its labels differently
    /// from its list of tables) the 目录 ordinal of the title; null when a label that needs the 目录
    /// finds no entry (一、 headings in the narrative are no tables).
    /// </summary>
    private int? Number(int printed, string numberFrom, string title)
    {
        if (numberFrom == NumberFromToc || numberFrom == NumberOnlyFromToc)
        {
            var listed = Listed(title);
            if (numberFrom == NumberOnlyFromToc)
            {
                return listed?.Number == printed ? printed : null;
            }

            return listed?.Number ?? printed;
        }

        return printed;
    }

    /// <summary>
    /// The 目录 entry of a printed title: the entry of the same title, or else the only entry of the
    /// same type (目录 部门收支总表 lists the printed 2026年部门收支总体情况表).
    /// </summary>
    private TocEntry? Listed(string title)
    {
        var same = _toc.FirstOrDefault(e => TableTitles.Same(e.Title, title));
        if (same is not null)
        {
            return same;
        }

        var type = _typing.Classify(title);
        if (type.Kind == Core.Model.TableKind.Other)
        {
            return null;
        }

        var alike = _toc.Where(e => _typing.Classify(e.Title) with { RowKey = null } == type with { RowKey = null }).Take(2).ToList();
        return alike.Count == 1 ? alike[0] : null;
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
}
