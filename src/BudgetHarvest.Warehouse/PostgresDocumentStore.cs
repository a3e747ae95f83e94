using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Warehouse.Schema;
using Npgsql;
using NpgsqlTypes;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// Stores <see cref="BudgetDocument"/>s in PostgreSQL, one row per source PDF keyed by its SHA-256.
/// </summary>
/// <remarks>
/// The caller owns the <see cref="NpgsqlDataSource"/> (and so the connection pool); the store only
/// borrows connections. The document is kept as jsonb, which does not preserve key order inside
/// objects: a document read back is equal as a JSON tree, not byte for byte.
/// </remarks>
public sealed partial class PostgresDocumentStore
{
    private const string Insert = """
        INSERT INTO documents (sha256, file, pages, unit_name, unit_code, department, region, year, kind, body)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (sha256) DO NOTHING
        """;

    private const string Select = "SELECT body::text FROM documents WHERE sha256 = $1";

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a store over a data source; call <see cref="EnsureSchemaAsync"/> before first use.</summary>
    public PostgresDocumentStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Creates or upgrades the schema; safe to call on every start.</summary>
    /// <returns>The migrations this call applied.</returns>
    public Task<IReadOnlyList<Migration>> EnsureSchemaAsync(CancellationToken cancellationToken = default) =>
        new SchemaMigrator(_dataSource).MigrateAsync(cancellationToken);

    /// <summary>Saves a document unless one with the same source SHA-256 is already stored.</summary>
    /// <returns>True when a row was written; false when the document was already there (it is left unchanged).</returns>
    /// <exception cref="ArgumentException">The document's <c>source.sha256</c> is not 64 lower-case hex digits.</exception>
    /// <remarks>
    /// The same PDF yields the same extraction, so a repeated load is a no-op rather than an error; this
    /// keeps re-running a batch cheap and safe. Replacing a stored extraction is a deliberate, separate act.
    /// </remarks>
    public async Task<bool> SaveAsync(BudgetDocument document, CancellationToken cancellationToken = default)
    {
        var sha256 = CheckSha256(document.Source.Sha256, nameof(document));
        var meta = document.Document;
        var kind = meta.Kind is { } k ? JsonNamingPolicy.SnakeCaseLower.ConvertName(k.ToString()) : null;

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // One transaction from the start: later migrations add child tables that must land with the row.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Insert, connection, transaction);
        command.Parameters.Add(new() { Value = sha256 });
        command.Parameters.Add(new() { Value = document.Source.File });
        command.Parameters.Add(new() { Value = document.Source.Pages });
        command.Parameters.Add(Text(meta.UnitName));
        command.Parameters.Add(Text(meta.UnitCode));
        command.Parameters.Add(Text(meta.Department));
        command.Parameters.Add(Text(meta.Region));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)meta.Year ?? DBNull.Value });
        command.Parameters.Add(Text(kind));
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = BudgetJson.Serialize(document) });
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    /// <summary>Reads the document extracted from the PDF with this SHA-256, or null when none is stored.</summary>
    /// <exception cref="ArgumentException">The hash is not 64 lower-case hex digits.</exception>
    public async Task<BudgetDocument?> GetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(Select);
        command.Parameters.Add(new() { Value = CheckSha256(sha256, nameof(sha256)) });
        var body = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        return body is null ? null : BudgetJson.Deserialize(body);
    }

    private static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    // Checked here rather than only by the table's CHECK so the caller gets a clear message, not a SQL error.
    private static string CheckSha256(string sha256, string parameterName) =>
        Sha256Pattern().IsMatch(sha256)
            ? sha256
            : throw new ArgumentException($"'{sha256}' is not a lower-case hex SHA-256.", parameterName);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
