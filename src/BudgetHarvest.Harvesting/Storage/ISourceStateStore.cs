namespace BudgetHarvest.Harvesting.Storage;

/// <summary>What the last successful fetch of a URL returned, for conditional GETs (ETag / Last-Modified).</summary>
/// <param name="SourceUri">The URL.</param>
/// <param name="Sha256">The blob the URL returned.</param>
/// <param name="ETag">The response's ETag, when it had one.</param>
/// <param name="LastModified">The response's Last-Modified, when it had one.</param>
/// <param name="FetchedAt">When the bytes were fetched.</param>
public sealed record SourceState(string SourceUri, string Sha256, string? ETag, DateTimeOffset? LastModified, DateTimeOffset FetchedAt);

/// <summary>Remembers per URL what was fetched last, so an unchanged file is answered by 304 Not Modified.</summary>
public interface ISourceStateStore
{
    /// <summary>The state of a URL, or null when it was never fetched.</summary>
    Task<SourceState?> GetAsync(string sourceUri, CancellationToken cancellationToken = default);

    /// <summary>Replaces the state of a URL.</summary>
    Task SetAsync(SourceState state, CancellationToken cancellationToken = default);
}
