namespace BudgetHarvest.Harvesting.Storage;

/// <summary>Reading a whole blob, as the extraction jobs need it.</summary>
public static class BlobStoreExtensions
{
    /// <summary>The bytes of a stored blob, or null when no blob has this SHA-256 (deleted, or fetched on another machine's folder).</summary>
    public static async Task<byte[]?> ReadAllAsync(this IBlobStore blobs, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        try
        {
            await using var blob = blobs.OpenRead(sha256);
            var bytes = new byte[blob.Length];
            await blob.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
