using System.Security.Cryptography;

namespace BudgetHarvest.Harvesting.Storage;

/// <summary>
/// Blobs as files <c>blobs/ab/abcdef….pdf</c> under a folder. Writes go to a temporary file that is
/// renamed into place, so a crash never leaves a half-written blob under a valid name. Several
/// worker processes may share the folder (a network mount when they run on several machines).
/// </summary>
public sealed class FileBlobStore : IBlobStore
{
    private readonly string _blobs;
    private readonly string _incoming;

    public FileBlobStore(string folder)
    {
        _blobs = Path.Combine(folder, "blobs");
        _incoming = Path.Combine(folder, "incoming");
        Directory.CreateDirectory(_blobs);
        Directory.CreateDirectory(_incoming);
    }

    public BlobWriter BeginWrite() => new FileBlobWriter(this, Path.Combine(_incoming, $"{Guid.NewGuid():N}.part"));

    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private string PathOf(string sha256) => Path.Combine(_blobs, sha256[..2], sha256 + ".pdf");

    private sealed class FileBlobWriter(FileBlobStore store, string temporary) : BlobWriter
    {
        private readonly FileStream _file = new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool _committed;

        public override long Length => _file.Length;

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(bytes.Span);
            await _file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        public override async Task<StoredBlob> CommitAsync(CancellationToken cancellationToken = default)
        {
            await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
            var length = _file.Length;
            await _file.DisposeAsync().ConfigureAwait(false);
            var sha = Convert.ToHexStringLower(_hash.GetHashAndReset());
            var target = store.PathOf(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var isNew = true;
            try
            {
                File.Move(temporary, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Same bytes, already stored (maybe by another worker a moment ago): keep that copy.
                File.Delete(temporary);
                isNew = false;
            }

            _committed = true;
            return new StoredBlob(sha, length, isNew);
        }

        public override async ValueTask DisposeAsync()
        {
            _hash.Dispose();
            await _file.DisposeAsync().ConfigureAwait(false);
            if (!_committed)
            {
                File.Delete(temporary);
            }
        }
    }
}
