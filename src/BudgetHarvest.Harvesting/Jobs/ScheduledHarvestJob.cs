using System.Globalization;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Hangfire.Server;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// What a source's schedule runs: opens a run of its own (trigger <c>schedule</c>) in the warehouse's
/// run ledger and enqueues the source's <see cref="HarvestSourceJob"/> under it, so a scheduled harvest
/// is recorded like a CLI run whichever process runs its jobs. The run id comes from the Hangfire job
/// (its id and creation time), so a retry of this job opens the same run, not a second one.
/// </summary>
[Queue(HarvestQueues.Harvest)]
public sealed class ScheduledHarvestJob(HarvestScheduler scheduler) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments)
    {
        var target = (HarvestTarget)arguments[0]!;
        return new FailedItem(target.Source.Location, target.Unit, RunId: null, IsSource: true);
    }

    /// <summary>The run of one firing of a schedule: stable across the job's retries, unique across firings (and Hangfire storages).</summary>
    public static string RunIdOf(string jobId, DateTime createdAt) =>
        string.Create(CultureInfo.InvariantCulture, $"schedule-{createdAt.ToUniversalTime():yyyyMMddHHmmssfff}-{jobId}");

    /// <param name="target">The scheduled source.</param>
    /// <param name="context">Hangfire's context of this job (pass null: Hangfire supplies it).</param>
    /// <param name="cancellationToken">Hangfire's shutdown token.</param>
    [JobDisplayName("Scheduled harvest {0}")]
    public async Task<string> RunAsync(HarvestTarget target, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = RunIdOf(context.BackgroundJob.Id, context.BackgroundJob.CreatedAt);
        await scheduler.OpenAsync(runId, HarvestRunRecorder.ScheduleTrigger, [target], cancellationToken).ConfigureAwait(false);
        return $"run {runId}";
    }
}
