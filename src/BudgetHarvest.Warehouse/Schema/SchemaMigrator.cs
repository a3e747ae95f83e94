using System.Data.Common;
using BudgetHarvest.Warehouse.Sql;
using Npgsql;

namespace BudgetHarvest.Warehouse.Schema;

/// <summary>
/// Brings a database up to the schema this build expects by applying the missing
/// <see cref="Migration"/>s, recording each in a <c>schema_version</c> table.
/// </summary>
/// <remarks>
/// A run is one transaction (PostgreSQL and DuckDB both have transactional DDL): either every pending
/// migration lands or none does, so a failed deployment never leaves a half-migrated database. On
/// PostgreSQL tables are created in the first schema of the connection's search path, which lets
/// tests isolate themselves by schema.
/// </remarks>
public sealed class SchemaMigrator
{
    // Arbitrary but fixed: serializes PostgreSQL migrators started at the same time (e.g. parallel
    // loaders). DuckDB needs none: its file admits one writing process, and the warehouse
    // serializes its own writers.
    private const string TakePostgresLock = "SELECT pg_advisory_xact_lock(4771889025155254358)";

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     PRIMARY KEY,
            name        text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly WarehouseBackend _backend;
    private readonly Func<CancellationToken, Task<DbConnection>> _openConnection;

    /// <summary>A PostgreSQL migrator for the given migrations, or for the shipped ones when none are given.</summary>
    /// <exception cref="ArgumentException">Two migrations share a version.</exception>
    public SchemaMigrator(NpgsqlDataSource dataSource, IEnumerable<Migration>? migrations = null)
        : this(WarehouseBackend.PostgreSql, async ct => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false), migrations)
    {
    }

    /// <summary>A migrator that opens its connection with <paramref name="openConnection"/> (and disposes it).</summary>
    /// <exception cref="ArgumentException">Two migrations share a version.</exception>
    public SchemaMigrator(WarehouseBackend backend, Func<CancellationToken, Task<DbConnection>> openConnection, IEnumerable<Migration>? migrations = null)
    {
        _backend = backend;
        _openConnection = openConnection;
        Migrations = [.. (migrations ?? MigrationCatalog.For(backend)).OrderBy(m => m.Version)];
        var duplicate = Migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Migration version {duplicate.Key} is defined more than once.", nameof(migrations));
        }
    }

    /// <summary>The migrations this migrator applies, in version order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Applies every migration the database has not recorded yet.</summary>
    /// <returns>The migrations applied by this call; empty when the schema was already current.</returns>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer build.</exception>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _openConnection(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        if (_backend == WarehouseBackend.PostgreSql)
        {
            await DbCommands.ExecuteAsync(connection, transaction, TakePostgresLock, cancellationToken).ConfigureAwait(false);
        }

        await DbCommands.ExecuteAsync(connection, transaction, CreateVersionTable, cancellationToken).ConfigureAwait(false);
        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        var newest = Migrations.Count == 0 ? 0 : Migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            // Running old code against a newer schema would write rows the newer code cannot trust.
            throw new InvalidOperationException($"The database schema is at version {applied.Max()}, newer than this build knows ({newest}).");
        }

        var pending = Migrations.Where(m => !applied.Contains(m.Version)).ToList();
        foreach (var migration in pending)
        {
            await DbCommands.ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await DbCommands.ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version, name) VALUES ($1, $2)", cancellationToken, migration.Version, migration.Name).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = DbCommands.Create(connection, transaction, "SELECT version FROM schema_version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
