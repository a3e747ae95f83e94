using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.Sql;

namespace BudgetHarvest.Warehouse;

/// <summary>The harvest run history: one row per finished run, with its outcomes by failure code and region.</summary>
public abstract partial class DocumentWarehouse : IHarvestRunLog
{
    private const string InsertRun = """
        INSERT INTO harvest_runs (run_id, trigger, started_at, finished_at, sources, documents, fetched, new, unchanged, failed, outstanding)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (run_id) DO NOTHING
        RETURNING run_id
        """;

    private const string InsertTally = "INSERT INTO harvest_run_tallies (run_id, outcome, code, region, items) VALUES ($1, $2, $3, $4, $5)";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The run has no id.</exception>
    /// <exception cref="WarehouseException">The store failed; nothing was recorded.</exception>
    public async Task RecordRunAsync(HarvestRunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(run.RunId, nameof(run));
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        using var gate = await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        await WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var inserted = await DbCommands.ScalarAsync(connection, transaction, InsertRun, cancellationToken,
                run.RunId, run.Trigger, run.StartedAt.ToUniversalTime(), run.FinishedAt.ToUniversalTime(), run.Sources, run.Documents,
                run.Fetched, run.New, run.Unchanged, run.Failed, run.Outstanding).ConfigureAwait(false);
            if (inserted is null)
            {
                // Recorded before: the first record stands.
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            var tallies = new StatementBatch();
            foreach (var tally in run.Tallies)
            {
                tallies.Add(InsertTally, run.RunId, tally.Outcome, tally.Code, tally.Region, tally.Count);
            }

            if (tallies.Count > 0)
            {
                await tallies.ExecuteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return run.Tallies.Count;
        }, cancellationToken).ConfigureAwait(false);
    }
}
