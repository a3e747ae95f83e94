using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Hangfire.Server;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// First job of a harvest: finds a source's documents (the PDF, an index page's PDF links, a
/// folder's files) and enqueues one <see cref="FetchDocumentJob"/> per document, so each document
/// succeeds, retries or fails on its own.
/// </summary>
[Queue(HarvestQueues.Harvest)]
[AutomaticRetry(Attempts = 10, DelaysInSeconds = [10, 60, 300, 900, 1800, 3600], OnlyOn = [typeof(RetryableHarvestException)])]
public sealed class HarvestSourceJob(DocumentDiscovery discovery, IBackgroundJobClient jobs, IDocumentWarehouse warehouse, HarvestJournal journal, JobFailurePolicy failures, TimeProvider timeProvider)
{
    [JobDisplayName("Harvest {0}")]
    public async Task<string> RunAsync(HarvestTarget target, string? runId, PerformContext? context, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> locations;
        try
        {
            locations = await discovery.DiscoverAsync(target.Source, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw await failures.ResolveAsync(e, context, async (code, message) =>
            {
                var location = target.Source.Location;
                await warehouse.RecordSourceFailureAsync(new SourceFailure(location, code, message, timeProvider.GetUtcNow(), target.Unit.Code, target.Unit.Name), cancellationToken).ConfigureAwait(false);
                journal.SourceFailed(runId, location, code, message, target.Unit.Region);
            }).ConfigureAwait(false);
        }

        // Counted before enqueuing, so a fast fetch job can never make the run look finished early.
        journal.SourceDiscovered(runId, locations.Count);
        foreach (var location in locations)
        {
            jobs.Enqueue<FetchDocumentJob>(job => job.RunAsync(target.Unit, location, runId, null, CancellationToken.None));
        }

        return $"{locations.Count} document(s) found";
    }
}
