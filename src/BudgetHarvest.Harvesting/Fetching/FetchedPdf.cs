namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>How a fetch got its bytes.</summary>
public enum FetchStatus
{
    /// <summary>The bytes were downloaded (or read from disk) and stored.</summary>
    Downloaded,

    /// <summary>The server answered 304 Not Modified: the stored blob is still current.</summary>
    NotModified,
}

/// <summary>A PDF that is now in the blob store.</summary>
/// <param name="SourceUri">Where it came from.</param>
/// <param name="Sha256">Its blob.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="Status">Downloaded or not modified.</param>
/// <param name="IsNewBlob">False when the same bytes were stored before (unchanged, or the same PDF under another URL).</param>
/// <param name="FileName">A file name for the document (from Content-Disposition or the URL).</param>
/// <param name="FetchedAt">When the fetch finished.</param>
public sealed record FetchedPdf(string SourceUri, string Sha256, long Length, FetchStatus Status, bool IsNewBlob, string FileName, DateTimeOffset FetchedAt);

/// <summary>An index page, decoded to text.</summary>
/// <param name="Uri">The page's address after redirects (relative links resolve against it).</param>
/// <param name="Html">The page's text.</param>
public sealed record FetchedPage(Uri Uri, string Html);
