using System.Data.Common;
using BudgetHarvest.Warehouse.Loading;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.DuckDb;

/// <summary>
/// The warehouse in an embedded DuckDB file: nothing to install, the default for analysts. Facts are
/// bulk-loaded with the appender, the document kept as JSON. Writers are serialized in this process;
/// DuckDB's file lock keeps other processes from writing at the same time.
/// </summary>
public sealed class DuckDbWarehouse : DocumentWarehouse
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Lock _anchorLock = new();
    private DuckDBConnection? _anchor;

    /// <summary>A warehouse in the DuckDB file at <paramref name="path"/> (created, with its folder, on first use).</summary>
    /// <param name="path">The database file; relative paths are taken from the current directory.</param>
    /// <param name="timeProvider">The clock for load and review times (default: the system clock).</param>
    public DuckDbWarehouse(string path, TimeProvider? timeProvider = null)
        : base(WarehouseBackend.DuckDb, "JSON", timeProvider ?? TimeProvider.System)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new DuckDBConnectionStringBuilder
        {
            DataSource = Path,
            // DuckDB's default (16 MB of log) checkpoints every few hundred documents, and those
            // checkpoints were most of a batch load's time; 256 MB made loading about 1.5x faster.
            // A clean close still checkpoints; only a crash leaves a longer log to replay.
            ["checkpoint_threshold"] = "256MB",
        }.ConnectionString;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public override string Description => $"DuckDB warehouse {Path}";

    /// <inheritdoc/>
    public override Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        var target = System.IO.Path.GetFullPath(path).Replace("'", "''", StringComparison.Ordinal);
        return WithConnectionAsync(async connection =>
        {
            await using var command = Sql.DbCommands.Create(connection, null, $"COPY ({sql}) TO '{target}' (FORMAT parquet)");
            return (long)await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Writes DuckDB's log into the database file now (it also does so by itself as the log grows, and on close).</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync(connection => Sql.DbCommands.ExecuteAsync(connection, null, "CHECKPOINT", cancellationToken), cancellationToken);

    private protected override Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        lock (_anchorLock)
        {
            if (_anchor is null)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                // Held open for the warehouse's lifetime: the connections below share its database
                // instance, instead of each reopening the file and replaying its log.
                var anchor = new DuckDBConnection(_connectionString);
                anchor.Open();
                _anchor = anchor;
            }
        }

        var connection = new DuckDBConnection(_connectionString);
        connection.Open();
        return Task.FromResult<DbConnection>(connection);
    }

    /// <summary>
    /// Writes the migrated schema into the file at once. DuckDB cannot replay an ALTER TABLE of
    /// <c>documents</c> from its log (binding the table's CHECK fails during replay: "no default
    /// database set"), so a migration left in the log would break the next open after a crash, and
    /// every snapshot a reader takes while this process holds the file.
    /// </summary>
    private protected override async Task SchemaChangedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await Sql.DbCommands.ExecuteAsync(connection, null, "CHECKPOINT", cancellationToken).ConfigureAwait(false);
    }

    private protected override IFactSink CreateFactSink(DbConnection connection, DbTransaction transaction, Sql.StatementBatch tail) =>
        new DuckDbFactSink((DuckDBConnection)connection);

    private protected override async Task<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken)
    {
        // DuckDB's optimistic concurrency would fail one of two writers touching the same units row.
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_writeGate);
    }

    private protected override async ValueTask DisposeCoreAsync()
    {
        DuckDBConnection? anchor;
        lock (_anchorLock)
        {
            (anchor, _anchor) = (_anchor, null);
        }

        if (anchor is not null)
        {
            await anchor.DisposeAsync().ConfigureAwait(false);
        }

        _writeGate.Dispose();
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
