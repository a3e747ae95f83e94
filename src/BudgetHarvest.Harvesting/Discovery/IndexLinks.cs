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
/// source's words (预算, 公开 …) and years. These pages are simple lists, so anchors are found with a
/// plain scan rather than an HTML parser; a link the scan misses is one a person would see in the seed check.
/// </summary>
public static partial class IndexLinks
{
    /// <summary>Every http(s) link on the page, resolved against the page's address, in page order, without duplicates.</summary>
    /// <remarks>
    /// One pass over the page (hostile pages are expected): an anchor's text ends at its <c>&lt;/a&gt;</c>
    /// or, when that is missing, at the next anchor, as HTML has no nested anchors. Regular expressions
    /// only ever look inside one tag or one anchor's text.
    /// </remarks>
    public static IReadOnlyList<PageLink> Read(string html, Uri page)
    {
        var baseUri = BaseOf(html, page);
        var links = new List<PageLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (tag, text) in Anchors(html))
        {
            var hrefMatch = Href().Match(tag);
            if (!hrefMatch.Success)
            {
                continue;
            }

            var href = WebUtility.HtmlDecode(hrefMatch.Groups["href"].Value.Trim());
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(baseUri, href, out var target)
                || (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps))
            {
                continue;
            }

            var label = Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(text, " ")), " ").Trim();
            var title = Title().Match(tag) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups["title"].Value) : "";
            var withoutFragment = new UriBuilder(target) { Fragment = "" }.Uri;
            if (seen.Add(withoutFragment.AbsoluteUri))
            {
                links.Add(new PageLink(withoutFragment, label.Length == 0 ? title : label));
            }
        }

        return links;
    }

    /// <summary>The opening tag and the text of every anchor, in page order; each character is looked at a bounded number of times.</summary>
    private static IEnumerable<(string Tag, string Text)> Anchors(string html)
    {
        var open = TagStart(html, "<a", 0);
        var close = -1; // the next </a> after the current tag; html.Length once there is none
        while (open >= 0)
        {
            var tagEnd = html.IndexOf('>', open);
            if (tagEnd < 0)
            {
                yield break;
            }

            var next = TagStart(html, "<a", tagEnd + 1);
            if (close <= tagEnd)
            {
                // Searched again only once passed, so the search as a whole crosses the page once.
                close = TagStart(html, "</a", tagEnd + 1) is var found and >= 0 ? found : html.Length;
            }

            var end = Math.Min(close, next < 0 ? html.Length : next);
            if (end == html.Length)
            {
                yield break; // an unclosed last anchor, as before: no text to trust
            }

            yield return (html[open..(tagEnd + 1)], html[(tagEnd + 1)..end]);
            open = next;
        }
    }

    /// <summary>The next <paramref name="name"/> tag (<c>&lt;a</c>, <c>&lt;/a</c>, <c>&lt;base</c>) from <paramref name="from"/>, not a longer name like <c>&lt;abbr</c>.</summary>
    private static int TagStart(string html, string name, int from)
    {
        var at = from;
        while ((at = html.IndexOf(name, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var after = at + name.Length;
            if (after >= html.Length || !(char.IsLetterOrDigit(html[after]) || html[after] == '_'))
            {
                return at;
            }

            at = after;
        }

        return -1;
    }

    private static Uri BaseOf(string html, Uri page)
    {
        var start = TagStart(html, "<base", 0);
        var end = start < 0 ? -1 : html.IndexOf('>', start);
        return end >= 0 && Href().Match(html[start..(end + 1)]) is { Success: true } b
            && Uri.TryCreate(page, WebUtility.HtmlDecode(b.Groups["href"].Value.Trim()), out var declared)
            ? declared
            : page;
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

    // Applied to one opening tag at a time.
    [GeneratedRegex("""\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)'|(?<href>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex("""\btitle\s*=\s*(?:"(?<title>[^"]*)"|'(?<title>[^']*)')""", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\.pdf$", RegexOptions.IgnoreCase)]
    private static partial Regex PdfPath();
}
