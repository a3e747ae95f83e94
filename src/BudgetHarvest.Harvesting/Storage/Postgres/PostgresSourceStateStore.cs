using Npgsql;

namespace BudgetHarvest.Harvesting.Storage.Postgres;

/// <summary>Source states as rows of <c>harvest_sources</c>, so a 304 is asked for whichever worker fetched the URL last.</summary>
public sealed class PostgresSourceStateStore(HarvestStoreDatabase database) : ISourceStateStore
{
    public async Task<SourceState?> GetAsync(string sourceUri, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT sha256, etag, last_modified, fetched_at FROM harvest_sources WHERE source_uri = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = sourceUri } },
        };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new SourceState(
            sourceUri,
            reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero),
            new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero));
    }

    public async Task SetAsync(SourceState state, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO harvest_sources (source_uri, sha256, etag, last_modified, fetched_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (source_uri) DO UPDATE
            SET sha256 = excluded.sha256, etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
            """, connection)
        {
            Parameters =
            {
                new NpgsqlParameter { Value = state.SourceUri },
                new NpgsqlParameter { Value = state.Sha256 },
                new NpgsqlParameter { Value = (object?)state.ETag ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text },
                new NpgsqlParameter { Value = (object?)state.LastModified?.ToUniversalTime() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz },
                new NpgsqlParameter { Value = state.FetchedAt.ToUniversalTime() },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
