using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Closes harvest runs that went silent (<see cref="HarvestingOptions.RunSilenceLimit"/>) as stale, every
/// <see cref="HarvestingOptions.RunSweepInterval"/>, in each process that runs workers: a run whose jobs
/// died with their process, or whose workers were stopped, still ends up in the run history. Runs by
/// the host's <see cref="TimeProvider"/>, so tests move time instead of waiting.
/// </summary>
public sealed class HarvestRunSweeper(IHarvestRunLog log, IOptions<HarvestingOptions> options, TimeProvider timeProvider, ILogger<HarvestRunSweeper> logger) : BackgroundService
{
    /// <summary>Closes the runs silent for longer than the limit now.</summary>
    /// <returns>The runs closed.</returns>
    public async Task<IReadOnlyList<string>> SweepAsync(CancellationToken cancellationToken = default)
    {
        var closed = await log.CloseSilentRunsAsync(options.Value.RunSilenceLimit, cancellationToken).ConfigureAwait(false);
        foreach (var runId in closed)
        {
            logger.LogWarning("Harvest run {RunId} recorded nothing for {Limit}; it is closed as stale.", runId, options.Value.RunSilenceLimit);
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RunSweepInterval, timeProvider);
        do
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                // The warehouse may be down for a while; the next sweep tries again.
                logger.LogWarning(e, "Could not close silent harvest runs.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
