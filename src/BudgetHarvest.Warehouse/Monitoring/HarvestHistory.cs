using System.Data.Common;
using System.Globalization;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Warehouse.Monitoring;

/// <summary>The harvest run history for the health page: the latest runs with their tallies, oldest first.</summary>
public sealed class HarvestHistory(DocumentWarehouse warehouse)
{
    private const string Runs = """
        SELECT r.run_id, r.trigger, r.started_at, r.finished_at, r.sources, r.documents, r.fetched, r.new, r.unchanged,
               r.failed, r.outstanding, t.outcome, t.code, t.region, t.items
        FROM (SELECT * FROM harvest_runs ORDER BY started_at DESC, run_id DESC LIMIT {0}) r
        LEFT JOIN harvest_run_tallies t ON t.run_id = r.run_id
        ORDER BY r.started_at, r.run_id, t.outcome, t.code, t.region
        """;

    /// <summary>The latest <paramref name="count"/> runs, oldest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not positive.</exception>
    public Task<IReadOnlyList<HarvestRunRecord>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return warehouse.ReadAsync<IReadOnlyList<HarvestRunRecord>>(string.Format(CultureInfo.InvariantCulture, Runs, count), ReadRunsAsync, cancellationToken);
    }

    private static async Task<IReadOnlyList<HarvestRunRecord>> ReadRunsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var runs = new List<HarvestRunRecord>();
        List<HarvestTally>? tallies = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var runId = reader.GetString(0);
            if (runs.Count == 0 || runs[^1].RunId != runId)
            {
                tallies = [];
                runs.Add(new HarvestRunRecord(runId, reader.GetString(1), DocumentWarehouse.Utc(reader, 2), DocumentWarehouse.Utc(reader, 3),
                    Int(reader, 4), Int(reader, 5), Int(reader, 6), Int(reader, 7), Int(reader, 8), Int(reader, 9), Int(reader, 10), tallies));
            }

            if (!reader.IsDBNull(11))
            {
                tallies!.Add(new HarvestTally(reader.GetString(11), DocumentWarehouse.NullableText(reader, 12), DocumentWarehouse.NullableText(reader, 13), Int(reader, 14)));
            }
        }

        return runs;
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
