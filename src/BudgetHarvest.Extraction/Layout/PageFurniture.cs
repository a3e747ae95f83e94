using System.Text.RegularExpressions;

namespace BudgetHarvest.Extraction.Layout;

/// <summary>
/// Recognises running headers, footers and page numbers (<c>- 8 -</c>, <c>第 8 页</c>,
/// <c>第 8 页 共 20 页</c>, a bare <c>8</c>, or a line repeated in the same margin of many pages),
/// which belong to no section and no table.
/// </summary>
public sealed partial class PageFurniture
{
    // Margin bands, as a share of the page height, where headers and footers live.
    private const double MarginShare = 0.15;

    private readonly HashSet<string> _repeated;

    private PageFurniture(HashSet<string> repeated) => _repeated = repeated;

    [GeneratedRegex(@"^(?:[-—–－]?\d{1,4}[-—–－]?|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}/\d{1,4}|page\d+(?:of\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // 表1, 表2, … and 单位：万元 at the top of every table page belong to table titles, not to the page.
    [GeneratedRegex(@"^附?表\s*\d|单位[:：]")]
    private static partial Regex TitleBlock();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>Learns the repeated margin lines of a document.</summary>
    public static PageFurniture Learn(IReadOnlyList<PageText> pages)
    {
        var counts = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Where(l => InMargin(page, l) && !TitleBlock().IsMatch(l.Compact)).Select(Key).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(3, pages.Count * 0.3);
        return new PageFurniture([.. counts.Where(c => c.Value >= threshold).Select(c => c.Key)]);
    }

    /// <summary>Whether a line is a page number, running header or footer.</summary>
    public bool IsFurniture(PageText page, TextLine line) =>
        InMargin(page, line) && (PageNumber().IsMatch(line.Compact) || _repeated.Contains(Key(line)));

    /// <summary>The page's lines without headers, footers and page numbers.</summary>
    public IEnumerable<TextLine> Content(PageText page) => page.Lines.Where(l => !IsFurniture(page, l));

    private static bool InMargin(PageText page, TextLine line) =>
        line.Bottom >= page.Height * (1 - MarginShare) || line.Top <= page.Height * MarginShare;

    private static string Key(TextLine line) => Digits().Replace(line.Compact, "#");
}
