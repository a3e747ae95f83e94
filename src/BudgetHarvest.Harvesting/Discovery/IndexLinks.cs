using System.Net;
using System.Text.RegularExpressions;
using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Harvesting.Discovery;

/// <summary>A link on a page: where it points and the text a reader sees.</summary>
/// <param name="Uri">The absolute target.</param>
/// <param name="Text">The link text, tags stripped and entities decoded.</param>
public sealed record PageLink(Uri Uri, string Text);

/// <summary>
/// Finds disclosure links on an index page (a 预算公开 column): anchors whose text or URL match the
/// source's words (预算, 公开 …) and years. Regular expressions over anchors are enough here: these
/// pages are simple lists, and a link the pattern misses is one a person would see in the seed check.
/// </summary>
public static partial class IndexLinks
{
    /// <summary>Every http(s) link on the page, resolved against the page's address, in page order, without duplicates.</summary>
    public static IReadOnlyList<PageLink> Read(string html, Uri page)
    {
        var baseUri = BaseHref().Match(html) is { Success: true } b && Uri.TryCreate(page, WebUtility.HtmlDecode(b.Groups["href"].Value.Trim()), out var declared) ? declared : page;
        var links = new List<PageLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match anchor in Anchor().Matches(html))
        {
            var href = WebUtility.HtmlDecode(anchor.Groups["href"].Value.Trim());
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(baseUri, href, out var target)
                || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            var text = WebUtility.HtmlDecode(Tag().Replace(anchor.Groups["text"].Value, " "));
            text = Whitespace().Replace(text, " ").Trim();
            var title = anchor.Groups["title"].Success ? WebUtility.HtmlDecode(anchor.Groups["title"].Value) : "";
            var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
            if (seen.Add(withoutFragment.AbsoluteUri))
            {
                links.Add(new PageLink(withoutFragment, text.Length == 0 ? title : text));
            }
        }

        return links;
    }

    /// <summary>True when the link points at a PDF (by its URL or its text, e.g. "附件：2023年预算.pdf").</summary>
    public static bool IsPdf(PageLink link) =>
        PdfPath().IsMatch(link.Uri.AbsolutePath) || link.Text.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the link's text or URL matches the rules' words and years.</summary>
    public static bool Matches(PageLink link, LinkRules rules)
    {
        var haystack = $"{link.Text} {Uri.UnescapeDataString(link.Uri.AbsoluteUri)}";
        var wordMatch = rules.Include.Length == 0 || rules.Include.Any(p => Regex.IsMatch(haystack, p, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        var yearMatch = rules.Years.Length == 0 || rules.Years.Any(y => haystack.Contains(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return wordMatch && yearMatch;
    }

    [GeneratedRegex("""<a\b(?=[^>]*\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)'|(?<href>[^\s>]+)))(?:[^>]*\btitle\s*=\s*(?:"(?<title>[^"]*)"|'(?<title>[^']*)'))?[^>]*>(?<text>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Anchor();

    [GeneratedRegex("""<base\b[^>]*\bhref\s*=\s*["']?(?<href>[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex BaseHref();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\.pdf$", RegexOptions.IgnoreCase)]
    private static partial Regex PdfPath();
}
