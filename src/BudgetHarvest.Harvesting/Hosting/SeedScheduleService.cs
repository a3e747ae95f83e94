using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Hosting;

/// <summary>
/// At host start, registers a recurring harvest for every scheduled source of the seed file named
/// by <c>Harvesting:SeedsFile</c> (and removes those of sources no longer listed). A seed file with
/// errors stops the host with every problem listed, rather than scheduling half of it.
/// </summary>
public sealed class SeedScheduleService(IOptions<HarvestingOptions> options, HarvestScheduler scheduler, ILogger<SeedScheduleService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedsFile is { Length: > 0 } path)
        {
            var registered = scheduler.ScheduleRecurring(SeedLoader.Load(path));
            logger.LogInformation("Scheduled {Count} recurring harvest(s) from {SeedsFile}", registered, path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
