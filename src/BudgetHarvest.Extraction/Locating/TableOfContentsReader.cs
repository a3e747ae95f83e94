using System.Text.RegularExpressions;
using BudgetHarvest.Extraction.Families;
using BudgetHarvest.Extraction.Layout;

namespace BudgetHarvest.Extraction.Locating;

/// <summary>
/// Reads the list of tables a document prints in its 目录 (or on a page of its own): entries
/// numbered 表N, 1. / 1、, 一、 or （一） as the family's data says, often with 是否空表 and 公开空表理由
/// columns. Cells of that list wrap in narrow columns, so words are grouped to the nearest entry
/// row by height rather than read line by line. Entries that name no table (一、主要职能) are not kept.
/// </summary>
public static partial class TableOfContentsReader
{
    private const int MinimumEntries = 3;

    // A table's name ends in 表, perhaps with a bracketed qualifier: 一般公共预算支出表（按功能分类）.
    [GeneratedRegex(@"..表(?:\(.{1,20}\))?$")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"^(?:附?表)?(?<n>\d{1,2})$")]
    private static partial Regex BareNumber();

    // The separator left of the number (1. title), and the dot leaders and page number a 目录 line ends with (收支预算总表......6).
    [GeneratedRegex(@"^[.．、:：]|(?:[.·…]{2,}.*|(?<=表[)）]?)\d{1,3})$")]
    private static partial Regex Leader();

    /// <summary>The 目录 entries by the general rules.</summary>
    public static (IReadOnlyList<TocEntry> Entries, IReadOnlySet<int> Pages) Read(IReadOnlyList<PageText> pages) =>
        Read(pages, FamilyCatalog.Default.General);

    /// <summary>The 目录 entries and the pages they were printed on (empty when the document has none).</summary>
    public static (IReadOnlyList<TocEntry> Entries, IReadOnlySet<int> Pages) Read(IReadOnlyList<PageText> pages, TemplateFamily family)
    {
        var starts = family.TocEntries.Select(Compile).ToList();
        var banners = family.Banners.Select(Compile).ToList();
        var entries = new Dictionary<int, TocEntry>();
        var tocPages = new HashSet<int>();
        foreach (var page in pages)
        {
            var isContinuation = tocPages.Contains(page.Number - 1);
            if (page.Lines.Count(l => Start(starts, l.Compact).Success) < MinimumEntries)
            {
                continue;
            }

            var found = ReadPage(page, starts, banners).Where(e => NamesTable(e.Title) && !banners.Exists(b => b.IsMatch(TextShape.FoldWidth(e.Title)))).ToList();
            if (found.Count < MinimumEntries || !(isContinuation || HasTocHeading(page) || ListsOnly(page, found)))
            {
                continue;
            }

            tocPages.Add(page.Number);
            // The list of tables comes after the narrative's own 一、二、 headings: a later entry of a number wins.
            foreach (var entry in found)
            {
                entries[entry.Number] = entry;
            }
        }

        return ([.. entries.Values.OrderBy(e => e.Number)], tocPages);
    }

    private static Match Start(List<Regex> starts, string compact)
    {
        var folded = TextShape.FoldWidth(compact);
        return starts.Select(r => r.Match(folded)).FirstOrDefault(m => m.Success) ?? Match.Empty;
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool NamesTable(string title) => TableTitle().IsMatch(TextShape.FoldWidth(title));

    /// <summary>
    /// A page with no 目录 heading is still the list of tables when its entries count 1, 2, 3 … and
    /// it prints no amounts (tables titled 表N on one line each, several to a page, print amounts).
    /// </summary>
    private static bool ListsOnly(PageText page, List<TocEntry> found)
    {
        var consecutive = found.Zip(found.Skip(1)).Count(p => p.Second.Number == p.First.Number + 1) >= MinimumEntries - 1;
        var amounts = page.Lines.SelectMany(l => l.Words).Count(w => TablePatterns.DecimalAmount().IsMatch(w.Text));
        return consecutive && amounts < found.Count;
    }

    private static bool HasTocHeading(PageText page) =>
        page.Lines.Any(l => l.Compact is "目录" or "公开报表目录" || l.Compact.EndsWith("目录", StringComparison.Ordinal) && l.Compact.Length <= 20)
        || page.Lines.Any(l => l.Compact.Contains("是否空表", StringComparison.Ordinal));

    private static List<TocEntry> ReadPage(PageText page, List<Regex> starts, List<Regex> banners)
    {
        var header = page.Lines.FirstOrDefault(l => l.Compact.Contains("报表名称", StringComparison.Ordinal) || l.Compact.Contains("是否空表", StringComparison.Ordinal));
        var flagLeft = header?.Words.FirstOrDefault(w => w.Text.Contains("是否", StringComparison.Ordinal))?.Left;
        var reasonLeft = header?.Words.FirstOrDefault(w => w.Text.Contains("理由", StringComparison.Ordinal))?.Left;
        var body = header is null ? page.Lines : page.Lines.Where(l => l.Top < header.Bottom + 0.5).ToList();

        // A row whose title wrapped above and below it shows only its number ("7 否"): accept a
        // bare number when it stands in the column where the unmistakable entries start.
        var strict = body.Where(l => Start(starts, l.Compact).Success).ToList();
        var numberColumn = strict.Count == 0 ? double.NaN : strict.Select(l => l.Left).Order().ElementAt(strict.Count / 2);
        var anchors = new List<(int Number, TextLine Line, double TitleLeft, List<(TextWord Word, string Text, double LineTop)> Words)>();
        foreach (var line in body)
        {
            var match = Start(starts, line.Compact);
            if (!match.Success && Math.Abs(line.Left - numberColumn) < line.Height)
            {
                match = BareNumber().Match(TextShape.Compact(line.Words[0].Text));
            }

            if (match.Success)
            {
                var (titleLeft, rest) = SplitNumber(line, match.Length);
                anchors.Add((Numerals.Parse(match.Groups["n"].Value), line, titleLeft, rest));
            }
        }

        if (anchors.Count == 0)
        {
            return [];
        }

        var step = anchors.Count > 1 ? Math.Abs(anchors[0].Line.Top - anchors[^1].Line.Top) / (anchors.Count - 1) : anchors[0].Line.Height * 2;
        foreach (var line in body)
        {
            if (anchors.Exists(a => a.Line == line) || banners.Exists(b => b.IsMatch(TextShape.FoldWidth(line.Compact))) || line.Top > anchors[0].Line.Top + step || line.Bottom < anchors[^1].Line.Bottom - step)
            {
                continue;
            }

            var centre = (line.Top + line.Bottom) / 2;
            var nearest = anchors.MinBy(a => Math.Abs(((a.Line.Top + a.Line.Bottom) / 2) - centre));
            nearest.Words.AddRange(line.Words.Where(w => w.Right > nearest.TitleLeft).Select(w => (w, w.Text, line.Top)));
        }

        return [.. anchors.Select(a => ToEntry(a.Number, a.Words, flagLeft, reasonLeft))];
    }

    /// <summary>Removes the 表N prefix from an entry line, returning where the title column starts and the remaining words.</summary>
    private static (double TitleLeft, List<(TextWord, string, double)> Remaining) SplitNumber(TextLine line, int prefixLength)
    {
        var rest = new List<(TextWord, string, double)>();
        var consumed = 0;
        var titleLeft = line.Left;
        foreach (var word in line.Words)
        {
            var compact = TextShape.Compact(word.Text);
            if (consumed >= prefixLength)
            {
                rest.Add((word, word.Text, line.Top));
                continue;
            }

            var take = Math.Min(prefixLength - consumed, compact.Length);
            consumed += take;
            titleLeft = word.Right;
            if (take < compact.Length)
            {
                rest.Add((word, compact[take..], line.Top));
            }
        }

        return (titleLeft, rest);
    }

    private static TocEntry ToEntry(int number, List<(TextWord Word, string Text, double LineTop)> words, double? flagLeft, double? reasonLeft)
    {
        // Words of one printed line share its line's top; a glyph a point lower is still the same line.
        var ordered = words.OrderByDescending(w => w.LineTop).ThenBy(w => w.Word.Left).ToList();
        var title = new List<string>();
        var reason = new List<string>();
        bool? declaredEmpty = null;
        foreach (var (word, text, _) in ordered)
        {
            var compact = TextShape.Compact(text);
            var isFlag = compact is "是" or "否";
            if (isFlag && (flagLeft is null || word.Right >= flagLeft.Value - 5))
            {
                declaredEmpty = compact == "是";
            }
            else if (reasonLeft is not null && word.Left >= reasonLeft.Value - 5)
            {
                reason.Add(compact);
            }
            else if (flagLeft is not null && word.Left >= flagLeft.Value - 5)
            {
                // A reason written into the flag column when the table has no reason column.
                reason.Add(compact);
            }
            else
            {
                title.Add(compact);
            }
        }

        var reasonText = string.Concat(reason);
        return new TocEntry(number, Leader().Replace(string.Concat(title), ""), declaredEmpty, reasonText.Length == 0 ? null : reasonText);
    }
}
