using Npgsql;

namespace BudgetHarvest.Harvesting.Storage.Postgres;

/// <summary>
/// The PostgreSQL database of the harvest stores: one connection pool, and the store's tables created
/// on first use. Table names are unqualified, so they land in the connection's search_path, beside the
/// warehouse (as the warehouse's own tables do).
/// </summary>
/// <remarks>
/// PDFs are kept as <c>bytea</c> rows of <see cref="Hosting.HarvestingOptions.StoreChunkBytes"/>, not as
/// large objects: rows are ordinary data (deleted with their blob, replicated, dumped, vacuumed and
/// granted like every other table), whereas large objects live in one system catalog with their own
/// permissions, are skipped by logical replication and leak unless every delete calls
/// <c>lo_unlink</c>. Chunking keeps a download streaming (no whole PDF in one parameter) and each
/// value far below the 1 GB field limit; <c>STORAGE EXTERNAL</c> skips compressing PDFs, which are
/// compressed already.
/// </remarks>
public sealed class HarvestStoreDatabase : IDisposable, IAsyncDisposable
{
    // Serialises the first-use DDL of several processes: CREATE TABLE IF NOT EXISTS alone races on the catalog.
    private const long SchemaLockKey = 0x4248_5354_4f52_45; // "BHSTORE"

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS harvest_blobs (
            sha256    text        PRIMARY KEY,
            content   uuid        NOT NULL UNIQUE,
            length    bigint      NOT NULL,
            stored_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS harvest_blob_chunks (
            content uuid    NOT NULL,
            seq     integer NOT NULL,
            data    bytea   NOT NULL,
            PRIMARY KEY (content, seq));
        ALTER TABLE harvest_blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;
        CREATE TABLE IF NOT EXISTS harvest_staged (
            sha256   text        NOT NULL,
            stage    text        NOT NULL,
            document text        NOT NULL,
            saved_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (sha256, stage));
        CREATE TABLE IF NOT EXISTS harvest_sources (
            source_uri    text        PRIMARY KEY,
            sha256        text        NOT NULL,
            etag          text,
            last_modified timestamptz,
            fetched_at    timestamptz NOT NULL);
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _gate = new();
    private volatile bool _ready;

    /// <summary>Connects to the database the connection string names (nothing is opened yet).</summary>
    public HarvestStoreDatabase(string connectionString) => _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <summary>An open connection, the store's tables created first if this process has not checked yet.</summary>
    public NpgsqlConnection Open()
    {
        var connection = _dataSource.OpenConnection();
        EnsureSchema(connection);
        return connection;
    }

    /// <summary>An open connection, the store's tables created first if this process has not checked yet.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        EnsureSchema(connection);
        return connection;
    }

    public void Dispose() => _dataSource.Dispose();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private void EnsureSchema(NpgsqlConnection connection)
    {
        if (_ready)
        {
            return;
        }

        lock (_gate)
        {
            if (_ready)
            {
                return;
            }

            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLockKey}); {Schema}", connection, transaction))
            {
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            _ready = true;
        }
    }
}
