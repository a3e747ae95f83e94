using System.Data.Common;
using BudgetHarvest.Warehouse.Export;
using Npgsql;

namespace BudgetHarvest.Warehouse.Reading;

/// <summary>
/// Reads a PostgreSQL warehouse in a read-only transaction under <see cref="ReaderRole"/>, a role that
/// holds SELECT and nothing else (migration 0005 creates it): even a superuser's connection can then
/// neither write, nor <c>COPY … TO PROGRAM</c>, nor read server files. For people who should never
/// hold more, connect as a login role that is a member of it (docs/warehouse.md).
/// </summary>
public sealed class PostgresReader : WarehouseReader
{
    /// <summary>The role analysts' SQL runs under; created by the warehouse's migrations where the migrating user may create roles.</summary>
    public const string ReaderRole = "budgetharvest_reader";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>A reader over its own data source (disposed with the reader).</summary>
    public PostgresReader(string connectionString)
        : base(WarehouseBackend.PostgreSql)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL warehouse {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <inheritdoc/>
    public override string Description { get; }

    /// <inheritdoc/>
    public override Task<long> WriteParquetAsync(string sql, string path, CancellationToken cancellationToken = default) =>
        ReadAsync(sql, (reader, ct) => ParquetStaging.WriteAsync(reader, path, ct), cancellationToken);

    private protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    private protected override async Task EnterReadOnlyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // Read-only first: SET ROLE is allowed in a read-only transaction, and nothing after it may write.
        await Sql.DbCommands.ExecuteAsync(connection, transaction, "SET TRANSACTION READ ONLY", cancellationToken).ConfigureAwait(false);
        await Sql.DbCommands.ExecuteAsync(connection, transaction, $"SET LOCAL ROLE {ReaderRole}", cancellationToken).ConfigureAwait(false);
    }

    private protected override string Explain(DbException error) => error is PostgresException { SqlState: PostgresErrorCodes.UndefinedObject or PostgresErrorCodes.InsufficientPrivilege } pg
        && pg.MessageText.Contains(ReaderRole, StringComparison.Ordinal)
        ? $"{pg.MessageText}. query runs as the read-only role {ReaderRole}: load once as a user that may create roles, or have an administrator create it and grant it to this user (docs/warehouse.md)."
        : error.Message;

    private protected override ValueTask DisposeCoreAsync() => _dataSource.DisposeAsync();
}
