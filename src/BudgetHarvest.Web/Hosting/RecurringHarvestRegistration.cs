using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Warehouse;

namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// At startup, registers a recurring harvest for every scheduled source of the seed file named by
/// <c>Harvesting:Seeds</c> (relative to the working directory) and removes those of sources no longer
/// listed. A seed file with errors stops the host with every error listed; no file configured means
/// no recurring harvest. With <c>Harvesting:HarvestOnStart</c>, it also starts one harvest of every
/// source right away, so a new deployment's dashboard fills without waiting for the first schedule.
/// </summary>
public sealed class RecurringHarvestRegistration(IConfiguration configuration, HarvestScheduler scheduler, HarvestRunRecorder recorder, ILogger<RecurringHarvestRegistration> logger) : IHostedService
{
    /// <summary>The configuration key of the seed file.</summary>
    public const string SeedsKey = "Harvesting:Seeds";

    /// <summary>The configuration key of the switch that harvests every source once at startup.</summary>
    public const string HarvestOnStartKey = "Harvesting:HarvestOnStart";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration[SeedsKey] is not { Length: > 0 } path)
        {
            logger.LogInformation("No seed file configured ({Key}): no recurring harvest is scheduled.", SeedsKey);
            return;
        }

        SeedList seeds;
        try
        {
            seeds = SeedLoader.Load(Path.GetFullPath(path));
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"The seed file {Path.GetFullPath(path)} ({SeedsKey}) cannot be read: {e.Message}", e);
        }

        var scheduled = scheduler.ScheduleRecurring(seeds);
        logger.LogInformation("Scheduled {Count} recurring harvest job(s) from {Seeds}.", scheduled, seeds.Path);
        if (configuration.GetValue(HarvestOnStartKey, false))
        {
            // Enqueued, not awaited: startup does not wait for portals. Every host started with the flag
            // enqueues one run; the runs are idempotent (304s, loads by SHA-256), so a second costs little.
            try
            {
                var runId = await scheduler.StartRunAsync(seeds, HarvestRunRecorder.WebTrigger, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Started harvest run {RunId} of every source ({Key}).", runId, HarvestOnStartKey);
                _ = CloseWhenDoneAsync(runId);
            }
            catch (WarehouseException e)
            {
                // The dashboard still starts (and answers 503 while the warehouse is down); the schedules harvest later.
                logger.LogWarning(e, "The harvest of every source at startup ({Key}) could not be opened in the warehouse.", HarvestOnStartKey);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Closes the run in the warehouse's run history once it is over; a failure to do so is logged, never thrown.</summary>
    private async Task CloseWhenDoneAsync(string runId)
    {
        try
        {
            await recorder.CloseWhenDoneAsync(runId).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Harvest run {RunId} could not be closed in the run history.", runId);
        }
    }
}
