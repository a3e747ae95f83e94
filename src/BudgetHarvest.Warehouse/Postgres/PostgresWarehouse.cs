using System.Data.Common;
using BudgetHarvest.Warehouse.Export;
using BudgetHarvest.Warehouse.Loading;
using Npgsql;

namespace BudgetHarvest.Warehouse.Postgres;

/// <summary>
/// The warehouse in PostgreSQL (production): facts bulk-loaded with binary COPY, the document kept as
/// json. Loads may run concurrently: the same SHA-256 loaded twice at once is stored once, and
/// versions of one unit-year are serialized by the lock on their units row.
/// </summary>
public sealed class PostgresWarehouse : DocumentWarehouse
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _ownsDataSource;

    /// <summary>A warehouse over a data source; tables go to the first schema of its search path.</summary>
    /// <param name="dataSource">Where to connect; the caller keeps owning it unless <paramref name="ownsDataSource"/>.</param>
    /// <param name="timeProvider">The clock for load and review times (default: the system clock).</param>
    /// <param name="ownsDataSource">Dispose the data source with the warehouse.</param>
    public PostgresWarehouse(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null, bool ownsDataSource = false)
        : base(WarehouseBackend.PostgreSql, "json", timeProvider ?? TimeProvider.System)
    {
        _dataSource = dataSource;
        _ownsDataSource = ownsDataSource;
        var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        Description = $"PostgreSQL warehouse {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <inheritdoc/>
    public override string Description { get; }

    /// <inheritdoc/>
    public override Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default) =>
        ReadAsync(sql, (reader, ct) => ParquetStaging.WriteAsync(reader, path, ct), cancellationToken);

    private protected override string? ReadOnlyTransaction => "SET TRANSACTION READ ONLY";

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    private protected override IFactSink CreateFactSink(DbConnection connection, DbTransaction transaction, Sql.StatementBatch tail) =>
        new PostgresFactSink((NpgsqlConnection)connection, tail);

    private protected override async ValueTask DisposeCoreAsync()
    {
        if (_ownsDataSource)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }
}
