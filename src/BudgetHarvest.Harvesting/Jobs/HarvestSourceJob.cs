using BudgetHarvest.Harvesting.Discovery;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// First job of a harvest: finds a source's documents (the PDF, an index page's PDF links, a
/// folder's files) and enqueues one <see cref="FetchDocumentJob"/> per document, so each document
/// succeeds, retries or fails on its own. Failures are retried or recorded by the <see cref="HarvestJobFilter"/>.
/// </summary>
[Queue(HarvestQueues.Harvest)]
public sealed class HarvestSourceJob(DocumentDiscovery discovery, IBackgroundJobClient jobs, HarvestRunReporter reports) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments)
    {
        var target = (HarvestTarget)arguments[0]!;
        return new FailedItem(target.Source.Location, target.Unit, (string?)arguments[1], IsSource: true, target.RunKey);
    }

    [JobDisplayName("Harvest {0}")]
    public async Task<string> RunAsync(HarvestTarget target, string? runId, CancellationToken cancellationToken)
    {
        var locations = await discovery.DiscoverAsync(target.Source, cancellationToken).ConfigureAwait(false);

        // Counted before enqueuing, so a fast fetch job can never make the run look finished early.
        await reports.SourceDiscoveredAsync(runId, target.RunKey, locations, target.Unit.Region, cancellationToken).ConfigureAwait(false);
        foreach (var location in locations)
        {
            jobs.Enqueue<FetchDocumentJob>(job => job.RunAsync(target.Unit, location, runId, CancellationToken.None));
        }

        return $"{locations.Count} document(s) found";
    }
}
