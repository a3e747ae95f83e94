namespace BudgetHarvest.Harvesting.Storage;

/// <summary>
/// Content-addressed storage of fetched PDFs: a blob's name is the SHA-256 of its bytes, so the same
/// PDF fetched twice, or under two URLs, is stored once and is one document.
/// </summary>
public interface IBlobStore
{
    /// <summary>Starts writing a new blob; nothing is visible until <see cref="BlobWriter.CommitAsync"/>.</summary>
    BlobWriter BeginWrite();

    /// <summary>True when a blob with this SHA-256 is stored.</summary>
    bool Contains(string sha256);

    /// <summary>Opens a stored blob for reading.</summary>
    /// <exception cref="FileNotFoundException">No blob has this SHA-256.</exception>
    Stream OpenRead(string sha256);
}

/// <summary>A blob being written: bytes are hashed as they arrive and land under their SHA-256 on commit.</summary>
public abstract class BlobWriter : IAsyncDisposable
{
    /// <summary>Bytes written so far.</summary>
    public abstract long Length { get; }

    /// <summary>Appends bytes.</summary>
    public abstract ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default);

    /// <summary>Stores the blob under its SHA-256; committing bytes already stored keeps the one copy.</summary>
    public abstract Task<StoredBlob> CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards an uncommitted blob.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>A committed blob.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="IsNew">False when the same bytes were already stored.</param>
public sealed record StoredBlob(string Sha256, long Length, bool IsNew);
