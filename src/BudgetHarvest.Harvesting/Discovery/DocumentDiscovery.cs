using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Seeds;

namespace BudgetHarvest.Harvesting.Discovery;

/// <summary>Turns a seed source into the document locations to fetch: the PDF itself, an index page's PDF links, or a folder's files.</summary>
public sealed class DocumentDiscovery(PdfFetcher fetcher)
{
    /// <summary>Article pages followed from one index page at most (depth 2).</summary>
    public const int MaxFollowedPages = 50;

    /// <summary>The documents of a source: absolute URLs, or for a folder absolute file paths.</summary>
    /// <exception cref="FetchException">The index page or folder cannot be read, or yields nothing.</exception>
    public async Task<IReadOnlyList<string>> DiscoverAsync(SeedSource source, CancellationToken cancellationToken = default)
    {
        switch (source.Kind)
        {
            case SourceKind.Pdf:
                return [source.Location];
            case SourceKind.Folder:
                return Folder(source);
            default:
                var found = await FromIndexAsync(source, cancellationToken).ConfigureAwait(false);
                return found.Count > 0
                    ? found
                    : throw new FetchException(source.Location, FetchFailureCodes.NoLinks,
                        $"The index page has no PDF link matching {Describe(source.Links ?? LinkRules.Default)}.", isTransient: false);
        }
    }

    private async Task<IReadOnlyList<string>> FromIndexAsync(SeedSource source, CancellationToken cancellationToken)
    {
        var rules = source.Links ?? LinkRules.Default;
        var page = await fetcher.FetchPageAsync(new Uri(source.Location), cancellationToken).ConfigureAwait(false);
        var links = IndexLinks.Read(page.Html, page.Uri);
        var pdfs = links.Where(l => IndexLinks.IsPdf(l) && IndexLinks.Matches(l, rules)).Select(l => l.Uri.AbsoluteUri).ToList();
        if (rules.Depth < 2)
        {
            return pdfs;
        }

        // Article pages: the index names the disclosure, the article attaches the PDF under any name.
        foreach (var article in links.Where(l => !IndexLinks.IsPdf(l) && IndexLinks.Matches(l, rules)).Take(MaxFollowedPages))
        {
            try
            {
                var articlePage = await fetcher.FetchPageAsync(article.Uri, cancellationToken).ConfigureAwait(false);
                pdfs.AddRange(IndexLinks.Read(articlePage.Html, articlePage.Uri).Where(IndexLinks.IsPdf).Select(l => l.Uri.AbsoluteUri));
            }
            catch (FetchException e) when (!e.IsTransient)
            {
                // One dead article link must not cost the column's other disclosures.
            }
        }

        return [.. pdfs.Distinct(StringComparer.Ordinal)];
    }

    private static string[] Folder(SeedSource source)
    {
        if (!Directory.Exists(source.Location))
        {
            throw new FetchException(new Uri(source.Location).AbsoluteUri, FetchFailureCodes.NotFound, $"The folder {source.Location} does not exist.", isTransient: false);
        }

        return [.. Directory.EnumerateFiles(source.Location, source.FilePattern).Order(StringComparer.Ordinal)];
    }

    private static string Describe(LinkRules rules) =>
        $"[{string.Join(", ", rules.Include)}]" + (rules.Years.Length > 0 ? $" and years [{string.Join(", ", rules.Years)}]" : "");
}
