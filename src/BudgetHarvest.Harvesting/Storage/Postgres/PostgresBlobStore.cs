using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace BudgetHarvest.Harvesting.Storage.Postgres;

/// <summary>
/// Blobs as rows in PostgreSQL, content-addressed by SHA-256: <c>harvest_blobs</c> names a blob's
/// bytes, <c>harvest_blob_chunks</c> holds them in order. Every worker connected to the database sees
/// every blob, whatever machine fetched it. See <see cref="HarvestStoreDatabase"/> for why bytea chunks.
/// </summary>
/// <remarks>
/// The SHA-256 is known only after the last byte, so a writer streams its chunks under a fresh content
/// id inside one open transaction, and the commit publishes <c>sha256 → content</c>. When another
/// worker published the same bytes first, the transaction is rolled back: the chunks vanish with it,
/// as they do when a worker dies mid-download, so no half-written blob is ever visible or left behind.
/// </remarks>
public sealed class PostgresBlobStore(HarvestStoreDatabase database, int chunkBytes) : IBlobStore
{
    public BlobWriter BeginWrite() => new PostgresBlobWriter(database, chunkBytes);

    public bool Contains(string sha256)
    {
        using var connection = database.Open();
        using var command = new NpgsqlCommand("SELECT 1 FROM harvest_blobs WHERE sha256 = $1", connection) { Parameters = { new NpgsqlParameter { Value = sha256 } } };
        return command.ExecuteScalar() is not null;
    }

    /// <remarks>The PDF is read into memory: the extractor needs a seekable stream of the whole file anyway.</remarks>
    public Stream OpenRead(string sha256)
    {
        using var connection = database.Open();
        using var command = new NpgsqlCommand(
            """
            SELECT b.length, c.data
            FROM harvest_blobs b LEFT JOIN harvest_blob_chunks c ON c.content = b.content
            WHERE b.sha256 = $1
            ORDER BY c.seq
            """, connection) { Parameters = { new NpgsqlParameter { Value = sha256 } } };
        using var reader = command.ExecuteReader();
        MemoryStream? bytes = null;
        while (reader.Read())
        {
            bytes ??= new MemoryStream(checked((int)reader.GetInt64(0)));
            if (!reader.IsDBNull(1))
            {
                using var chunk = reader.GetStream(1);
                chunk.CopyTo(bytes);
            }
        }

        if (bytes is null)
        {
            throw new FileNotFoundException($"No blob {sha256} is stored in PostgreSQL.", sha256);
        }

        bytes.Position = 0;
        return bytes;
    }

    private sealed class PostgresBlobWriter(HarvestStoreDatabase database, int chunkBytes) : BlobWriter
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _chunk = new byte[Math.Max(1, chunkBytes)];
        private readonly Guid _content = Guid.NewGuid();
        private NpgsqlConnection? _connection;
        private NpgsqlTransaction? _transaction;
        private int _chunkLength;
        private int _sequence;
        private long _length;

        public override long Length => _length;

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
        {
            _hash.AppendData(bytes.Span);
            _length += bytes.Length;
            while (!bytes.IsEmpty)
            {
                var take = Math.Min(bytes.Length, _chunk.Length - _chunkLength);
                bytes.Span[..take].CopyTo(_chunk.AsSpan(_chunkLength));
                _chunkLength += take;
                bytes = bytes[take..];
                if (_chunkLength == _chunk.Length)
                {
                    await FlushChunkAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        public override async Task<StoredBlob> CommitAsync(CancellationToken cancellationToken = default)
        {
            if (_chunkLength > 0)
            {
                await FlushChunkAsync(cancellationToken).ConfigureAwait(false);
            }

            var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
            var sha = Convert.ToHexStringLower(_hash.GetHashAndReset());
            await using var publish = new NpgsqlCommand(
                "INSERT INTO harvest_blobs (sha256, content, length) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING",
                transaction.Connection, transaction)
            {
                Parameters = { new NpgsqlParameter { Value = sha }, new NpgsqlParameter { Value = _content }, new NpgsqlParameter { Value = _length } },
            };
            // Waits for a concurrent writer of the same bytes to finish, then inserts nothing.
            var isNew = await publish.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            if (isNew)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            }

            return new StoredBlob(sha, _length, isNew);
        }

        public override async ValueTask DisposeAsync()
        {
            _hash.Dispose();
            // An uncommitted transaction rolls back on dispose, taking its chunks with it.
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync().ConfigureAwait(false);
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        private async Task FlushChunkAsync(CancellationToken cancellationToken)
        {
            var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var insert = new NpgsqlCommand("INSERT INTO harvest_blob_chunks (content, seq, data) VALUES ($1, $2, $3)", transaction.Connection, transaction)
            {
                Parameters =
                {
                    new NpgsqlParameter { Value = _content },
                    new NpgsqlParameter { Value = _sequence++ },
                    new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = new ReadOnlyMemory<byte>(_chunk, 0, _chunkLength) },
                },
            };
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _chunkLength = 0;
        }

        private async Task<NpgsqlTransaction> TransactionAsync(CancellationToken cancellationToken)
        {
            if (_transaction is null)
            {
                _connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                _transaction = await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            }

            return _transaction;
        }
    }
}
