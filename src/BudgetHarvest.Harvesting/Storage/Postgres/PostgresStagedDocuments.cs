using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Serialization;
using Npgsql;

namespace BudgetHarvest.Harvesting.Storage.Postgres;

/// <summary>Staged documents as rows of <c>harvest_staged</c>, keyed by source SHA-256 and stage, so any worker can run the next job.</summary>
/// <remarks>The JSON is kept as text, not jsonb: it is only ever read back whole, exactly as written.</remarks>
public sealed class PostgresStagedDocuments(HarvestStoreDatabase database) : IStagedDocuments
{
    public async Task SaveAsync(Stage stage, BudgetDocument document, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO harvest_staged (sha256, stage, document) VALUES ($1, $2, $3)
            ON CONFLICT (sha256, stage) DO UPDATE SET document = excluded.document, saved_at = now()
            """, connection)
        {
            Parameters = { Text(document.Source.Sha256), Text(Name(stage)), Text(BudgetJson.Serialize(document)) },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool Contains(Stage stage, string sha256)
    {
        using var connection = database.Open();
        using var command = new NpgsqlCommand("SELECT 1 FROM harvest_staged WHERE sha256 = $1 AND stage = $2", connection) { Parameters = { Text(sha256), Text(Name(stage)) } };
        return command.ExecuteScalar() is not null;
    }

    public async Task<BudgetDocument?> GetAsync(Stage stage, string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT document FROM harvest_staged WHERE sha256 = $1 AND stage = $2", connection) { Parameters = { Text(sha256), Text(Name(stage)) } };
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? BudgetJson.Deserialize(json) : null;
    }

    public async Task DeleteAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("DELETE FROM harvest_staged WHERE sha256 = $1", connection) { Parameters = { Text(sha256) } };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Name(Stage stage) => stage.ToString().ToLowerInvariant();

    private static NpgsqlParameter Text(string value) => new() { Value = value };
}
