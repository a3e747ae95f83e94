using System.Text.RegularExpressions;
using Npgsql;

namespace BudgetHarvest.Warehouse.Schema;

/// <summary>
/// Brings a database up to the schema this build expects by applying the missing
/// <see cref="Migration"/>s, recording each in a <c>schema_version</c> table.
/// </summary>
/// <remarks>
/// A run is one transaction: either every pending migration lands or none does, so a failed
/// deployment never leaves a half-migrated database. Tables are created in the first schema of
/// the connection's search path, which lets tests isolate themselves by schema.
/// </remarks>
public sealed partial class SchemaMigrator
{
    // Arbitrary but fixed: serializes migrators started at the same time (e.g. parallel loaders).
    private const string TakeLock = "SELECT pg_advisory_xact_lock(4771889025155254358)";

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     PRIMARY KEY,
            name        text        NOT NULL,
            applied_at  timestamptz NOT NULL DEFAULT now()
        )
        """;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a migrator for the given migrations, or for <see cref="BuiltIn"/> when none are given.</summary>
    /// <exception cref="ArgumentException">Two migrations share a version.</exception>
    public SchemaMigrator(NpgsqlDataSource dataSource, IEnumerable<Migration>? migrations = null)
    {
        _dataSource = dataSource;
        Migrations = [.. (migrations ?? BuiltIn).OrderBy(m => m.Version)];
        var duplicate = Migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Migration version {duplicate.Key} is defined more than once.", nameof(migrations));
        }
    }

    /// <summary>The migrations shipped with this assembly (<c>Schema/Migrations/NNNN_name.sql</c>).</summary>
    public static IReadOnlyList<Migration> BuiltIn { get; } = LoadEmbedded();

    /// <summary>The migrations this migrator applies, in version order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Applies every migration the database has not recorded yet.</summary>
    /// <returns>The migrations applied by this call; empty when the schema was already current.</returns>
    /// <exception cref="InvalidOperationException">The database was migrated by a newer build.</exception>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        await ExecuteAsync(connection, transaction, TakeLock, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, CreateVersionTable, cancellationToken).ConfigureAwait(false);
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
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2)", connection, transaction);
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Migration[] LoadEmbedded()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd()));
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"^migrations/(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();
}
