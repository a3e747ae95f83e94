using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Where a harvest job reports how its item ended: in the warehouse's run ledger (<see cref="IHarvestRunLog"/>),
/// which every worker process shares and which closes the run when its last item is done, and then in
/// this process's <see cref="HarvestJournal"/> for a caller watching the run's progress. An item the
/// ledger had already counted (a retried job reporting again) is not counted in the journal either.
/// Reports of jobs without a run id (queued by an older build) are ignored.
/// </summary>
public sealed class HarvestRunReporter(IHarvestRunLog log, HarvestJournal journal)
{
    /// <summary>A source's documents were found; they become outstanding items of the run.</summary>
    public async Task SourceDiscoveredAsync(string? runId, string source, IReadOnlyList<string> documents, string? region, CancellationToken cancellationToken)
    {
        if (runId is not null
            && await log.RecordOutcomeAsync(new HarvestItemOutcome(runId, true, source, HarvestOutcomes.Discovered, Region: region) { Discovered = documents }, cancellationToken).ConfigureAwait(false))
        {
            journal.SourceDiscovered(runId, documents.Count);
        }
    }

    /// <summary>A document's bytes were fetched; <paramref name="alreadyLoaded"/> ends its work here.</summary>
    public async Task DocumentFetchedAsync(string? runId, string location, FetchStatus status, bool alreadyLoaded, string? region, CancellationToken cancellationToken)
    {
        if (runId is null)
        {
            return;
        }

        if (status == FetchStatus.Downloaded)
        {
            await log.RecordFetchedAsync(runId, location, cancellationToken).ConfigureAwait(false);
        }

        if (!alreadyLoaded || await log.RecordOutcomeAsync(new HarvestItemOutcome(runId, false, location, HarvestOutcomes.Unchanged, Region: region), cancellationToken).ConfigureAwait(false))
        {
            journal.DocumentFetched(runId, status, alreadyLoaded);
        }
    }

    /// <summary>A document went through the pipeline and into the warehouse (with an extraction error, when <paramref name="extractionFailure"/> is set).</summary>
    public async Task DocumentLoadedAsync(string? runId, string location, LoadOutcome outcome, HarvestFailure? extractionFailure, string? region, CancellationToken cancellationToken)
    {
        var ended = extractionFailure is not null ? HarvestOutcomes.Failed : outcome == LoadOutcome.Inserted ? HarvestOutcomes.New : HarvestOutcomes.Unchanged;
        if (runId is not null
            && await log.RecordOutcomeAsync(new HarvestItemOutcome(runId, false, location, ended, extractionFailure?.Code, region), cancellationToken).ConfigureAwait(false))
        {
            journal.DocumentLoaded(runId, outcome, extractionFailure);
        }
    }

    /// <summary>A source or document failed for good.</summary>
    public async Task FailedAsync(FailedItem item, string code, string message, CancellationToken cancellationToken)
    {
        if (item.RunId is null
            || !await log.RecordOutcomeAsync(new HarvestItemOutcome(item.RunId, item.IsSource, item.RunLocation, HarvestOutcomes.Failed, code, item.Unit.Region), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (item.IsSource)
        {
            journal.SourceFailed(item.RunId, item.Location, code, message);
        }
        else
        {
            journal.DocumentFailed(item.RunId, item.Location, code, message);
        }
    }
}
