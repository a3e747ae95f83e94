using System.Data.Common;
using System.Globalization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>
/// The harvest runs as they go (<c>harvest_run_starts</c>, <c>harvest_run_items</c>): every process that
/// runs a run's jobs records their outcomes here, so a scheduled run with workers in other processes,
/// or one that outlives a restart, is counted as fully as one the CLI watches. Closing a run writes
/// its counts and tallies into the run history (<c>harvest_runs</c>, <c>harvest_run_tallies</c>).
/// </summary>
public abstract partial class DocumentWarehouse
{
    private const string SourceKind = "source";
    private const string DocumentKind = "document";
    private const string Running = "running";
    private const string Complete = "complete";
    private const string Stale = "stale";

    private const string InsertStart = """
        INSERT INTO harvest_run_starts (run_id, trigger, started_at, last_activity_at, state) VALUES ($1, $2, $3, $3, 'running')
        ON CONFLICT (run_id) DO NOTHING
        RETURNING run_id
        """;

    private const string InsertItem = """
        INSERT INTO harvest_run_items (run_id, kind, location, fetched) VALUES ($1, $2, $3, false)
        ON CONFLICT (run_id, kind, location) DO NOTHING
        """;

    // Taken first in every recording transaction: on PostgreSQL the row lock serializes the run's
    // recorders across processes, so the one that ends the last item sees every other outcome.
    private const string TouchRun = "UPDATE harvest_run_starts SET last_activity_at = $2 WHERE run_id = $1 RETURNING state";

    private const string EndItem = """
        UPDATE harvest_run_items SET outcome = $4, code = $5, region = $6, recorded_at = $7
        WHERE run_id = $1 AND kind = $2 AND location = $3 AND outcome IS NULL
        """;

    private const string MarkFetched = "UPDATE harvest_run_items SET fetched = true WHERE run_id = $1 AND kind = 'document' AND location = $2";

    private const string CountOutstanding = "SELECT count(*) FROM harvest_run_items WHERE run_id = $1 AND outcome IS NULL";

    private const string InsertClosedRun = """
        INSERT INTO harvest_runs (run_id, trigger, started_at, finished_at, sources, documents, fetched, new, unchanged, failed, outstanding)
        SELECT run_id, trigger, started_at, $2, 0, 0, 0, 0, 0, 0, 0 FROM harvest_run_starts WHERE run_id = $1
        ON CONFLICT (run_id) DO NOTHING
        """;

    // An update of the row (never a delete and insert): DuckDB rejects a key deleted and inserted in one transaction.
    private const string CountClosedRun = """
        UPDATE harvest_runs SET finished_at = $2, sources = c.sources, documents = c.documents, fetched = c.fetched,
            new = c.new, unchanged = c.unchanged, failed = c.failed, outstanding = c.outstanding
        FROM (SELECT sum(CASE WHEN kind = 'source' THEN 1 ELSE 0 END) AS sources,
                     sum(CASE WHEN kind = 'document' THEN 1 ELSE 0 END) AS documents,
                     sum(CASE WHEN kind = 'document' AND fetched THEN 1 ELSE 0 END) AS fetched,
                     sum(CASE WHEN outcome = 'new' THEN 1 ELSE 0 END) AS new,
                     sum(CASE WHEN outcome = 'unchanged' THEN 1 ELSE 0 END) AS unchanged,
                     sum(CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END) AS failed,
                     sum(CASE WHEN outcome IS NULL THEN 1 ELSE 0 END) AS outstanding
              FROM harvest_run_items WHERE run_id = $1) c
        WHERE harvest_runs.run_id = $1
        """;

    private const string ClearClosedTallies = "DELETE FROM harvest_run_tallies WHERE run_id = $1";

    private const string InsertClosedTallies = """
        INSERT INTO harvest_run_tallies (run_id, outcome, code, region, items)
        SELECT run_id, outcome, code, region, count(*) FROM harvest_run_items
        WHERE run_id = $1 AND outcome IN ('new', 'unchanged', 'failed')
        GROUP BY run_id, outcome, code, region
        """;

    private const string SetState = "UPDATE harvest_run_starts SET state = $2, closed_at = $3 WHERE run_id = $1";

    private const string SilentRuns = "SELECT run_id FROM harvest_run_starts WHERE state = 'running' AND last_activity_at < $1 ORDER BY started_at, run_id";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The run has no id or no trigger.</exception>
    /// <exception cref="WarehouseException">The store failed; nothing was recorded.</exception>
    public async Task<bool> BeginRunAsync(string runId, string trigger, IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trigger);
        return await RecordInRunAsync(async (connection, transaction) =>
        {
            var now = Time.GetUtcNow();
            if (await DbCommands.ScalarAsync(connection, transaction, InsertStart, cancellationToken, runId, trigger, now).ConfigureAwait(false) is null)
            {
                return false;
            }

            await InsertItemsAsync(connection, transaction, runId, SourceKind, sources, cancellationToken).ConfigureAwait(false);
            if (sources.Count == 0)
            {
                await CloseAsync(connection, transaction, runId, now, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="WarehouseException">The store failed; nothing was recorded.</exception>
    public async Task<bool> RecordOutcomeAsync(HarvestItemOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var kind = outcome.IsSource ? SourceKind : DocumentKind;
        return await RecordInRunAsync(async (connection, transaction) =>
        {
            var now = Time.GetUtcNow();
            if (await DbCommands.ScalarAsync(connection, transaction, TouchRun, cancellationToken, outcome.RunId, now).ConfigureAwait(false) is not string state)
            {
                return false;
            }

            // An item nobody announced (a document of a source discovered before this run was opened) still counts.
            await DbCommands.ExecuteAsync(connection, transaction, InsertItem, cancellationToken, outcome.RunId, kind, outcome.Location).ConfigureAwait(false);
            var region = string.IsNullOrWhiteSpace(outcome.Region) ? null : outcome.Region.Trim();
            if (await DbCommands.ExecuteAsync(connection, transaction, EndItem, cancellationToken,
                    outcome.RunId, kind, outcome.Location, outcome.Outcome, outcome.Code, region, now).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await InsertItemsAsync(connection, transaction, outcome.RunId, DocumentKind, outcome.Discovered, cancellationToken).ConfigureAwait(false);
            // The last outstanding item closes the run; a late report to a run closed as stale corrects its record.
            if (state != Running || await OutstandingAsync(connection, transaction, outcome.RunId, cancellationToken).ConfigureAwait(false) == 0)
            {
                await CloseAsync(connection, transaction, outcome.RunId, now, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="WarehouseException">The store failed; nothing was recorded.</exception>
    public async Task RecordFetchedAsync(string runId, string location, CancellationToken cancellationToken = default) =>
        await RecordInRunAsync(async (connection, transaction) =>
        {
            if (await DbCommands.ScalarAsync(connection, transaction, TouchRun, cancellationToken, runId, Time.GetUtcNow()).ConfigureAwait(false) is null)
            {
                return false;
            }

            await DbCommands.ExecuteAsync(connection, transaction, InsertItem, cancellationToken, runId, DocumentKind, location).ConfigureAwait(false);
            return await DbCommands.ExecuteAsync(connection, transaction, MarkFetched, cancellationToken, runId, location).ConfigureAwait(false) > 0;
        }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    /// <exception cref="WarehouseException">The store failed; nothing was recorded.</exception>
    public async Task CloseRunAsync(string runId, CancellationToken cancellationToken = default) =>
        await RecordInRunAsync(async (connection, transaction) =>
        {
            // A run its last item closed already keeps that record.
            var now = Time.GetUtcNow();
            if (await DbCommands.ScalarAsync(connection, transaction, TouchRun, cancellationToken, runId, now).ConfigureAwait(false) is not Running)
            {
                return false;
            }

            await CloseAsync(connection, transaction, runId, now, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    /// <exception cref="WarehouseException">The store failed; nothing was closed.</exception>
    public async Task<IReadOnlyList<string>> CloseSilentRunsAsync(TimeSpan silence, CancellationToken cancellationToken = default)
    {
        var cutoff = (Time.GetUtcNow() - silence).ToUniversalTime();
        var silent = await WithConnectionAsync<IReadOnlyList<string>>(async connection =>
        {
            await using var command = DbCommands.Create(connection, null, SilentRuns, cutoff);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var ids = new List<string>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }, cancellationToken).ConfigureAwait(false);

        var closed = new List<string>();
        foreach (var runId in silent)
        {
            // Checked again under the run's lock: a report may have arrived since the run was read as silent.
            var wasSilent = await RecordInRunAsync(async (connection, transaction) =>
            {
                var now = Time.GetUtcNow();
                var last = await DbCommands.ScalarAsync(connection, transaction,
                    "SELECT last_activity_at FROM harvest_run_starts WHERE run_id = $1 AND state = 'running'", cancellationToken, runId).ConfigureAwait(false);
                if (last is null || ToUtc(last) >= cutoff)
                {
                    return false;
                }

                await DbCommands.ExecuteAsync(connection, transaction, TouchRun, cancellationToken, runId, now).ConfigureAwait(false);
                await CloseAsync(connection, transaction, runId, now, cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            if (wasSilent)
            {
                closed.Add(runId);
            }
        }

        return closed;
    }

    /// <summary>Writes the run's counts and tallies into the run history and marks it complete or stale.</summary>
    private static async Task CloseAsync(DbConnection connection, DbTransaction transaction, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await OutstandingAsync(connection, transaction, runId, cancellationToken).ConfigureAwait(false) == 0 ? Complete : Stale;
        var close = new StatementBatch();
        close.Add(InsertClosedRun, runId, now);
        close.Add(CountClosedRun, runId, now);
        close.Add(ClearClosedTallies, runId);
        close.Add(InsertClosedTallies, runId);
        close.Add(SetState, runId, state, now);
        await close.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> OutstandingAsync(DbConnection connection, DbTransaction transaction, string runId, CancellationToken cancellationToken) =>
        Convert.ToInt64(await DbCommands.ScalarAsync(connection, transaction, CountOutstanding, cancellationToken, runId).ConfigureAwait(false), CultureInfo.InvariantCulture);

    private static async Task InsertItemsAsync(DbConnection connection, DbTransaction transaction, string runId, string kind, IEnumerable<string> locations, CancellationToken cancellationToken)
    {
        var items = new StatementBatch();
        foreach (var location in locations.Distinct(StringComparer.Ordinal))
        {
            items.Add(InsertItem, runId, kind, location);
        }

        if (items.Count > 0)
        {
            await items.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DateTimeOffset ToUtc(object value) => value switch
    {
        DateTimeOffset offset => offset.ToUniversalTime(),
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, time.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : time.Kind)).ToUniversalTime(),
        _ => throw new InvalidCastException($"Not a time: {value.GetType()}"),
    };

    /// <summary>One write transaction of the run ledger, committed when <paramref name="record"/> returns.</summary>
    private async Task<bool> RecordInRunAsync(Func<DbConnection, DbTransaction, Task<bool>> record, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        return await WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var recorded = await record(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return recorded;
        }, cancellationToken).ConfigureAwait(false);
    }
}
