using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Hangfire.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Starts harvests from a seed list: one run now, or recurring jobs on each unit's schedule. Every run,
/// scheduled ones included, is opened in the warehouse's run ledger before its first job is queued.
/// </summary>
public sealed class HarvestScheduler(IBackgroundJobClient jobs, IRecurringJobManager recurring, JobStorage storage, HarvestJournal journal, IHarvestRunLog log)
{
    private const string RecurringPrefix = "harvest:";

    /// <summary>
    /// Opens a run of every source, enqueues one harvest job per source and returns the run's id; this
    /// process's journal counts its progress (for <see cref="HarvestRunMonitor"/>).
    /// </summary>
    /// <param name="seeds">The sources.</param>
    /// <param name="trigger">What started it (<see cref="HarvestRunRecorder.CliTrigger"/> …).</param>
    /// <param name="cancellationToken">Cancels opening the run.</param>
    public async Task<string> StartRunAsync(SeedList seeds, string trigger, CancellationToken cancellationToken = default)
    {
        var runId = Guid.NewGuid().ToString("N");
        var targets = seeds.Targets.ToList();
        journal.Begin(runId, targets.Select(t => t.RunKey).Distinct(StringComparer.Ordinal).Count());
        await OpenAsync(runId, trigger, targets, cancellationToken).ConfigureAwait(false);
        return runId;
    }

    /// <summary>
    /// Opens the run in the ledger (again, harmlessly, when a retried job opens it twice) and enqueues
    /// its sources' harvest jobs. A source or document queued twice is counted once (items are keyed by <see cref="HarvestTarget.RunKey"/> and location).
    /// </summary>
    internal async Task OpenAsync(string runId, string trigger, IReadOnlyList<HarvestTarget> targets, CancellationToken cancellationToken)
    {
        await log.BeginRunAsync(runId, trigger, [.. targets.Select(t => t.RunKey)], cancellationToken).ConfigureAwait(false);
        foreach (var target in targets)
        {
            jobs.Enqueue<HarvestSourceJob>(job => job.RunAsync(target, runId, CancellationToken.None));
        }
    }

    /// <summary>
    /// Registers a recurring job for every source of a unit with a schedule (times in UTC), and
    /// removes harvest jobs of sources no longer in the list. Each firing is a run of its own (<see cref="ScheduledHarvestJob"/>).
    /// </summary>
    /// <returns>The recurring jobs registered.</returns>
    public int ScheduleRecurring(SeedList seeds)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in seeds.Targets.Where(t => t.Schedule is not null))
        {
            wanted.Add(target.RecurringJobId);
            recurring.AddOrUpdate<ScheduledHarvestJob>(target.RecurringJobId, job => job.RunAsync(target, null, CancellationToken.None),
                target.Schedule!, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }

        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(RecurringPrefix, StringComparison.Ordinal) && !wanted.Contains(j.Id)))
        {
            recurring.RemoveIfExists(stale.Id);
        }

        return wanted.Count;
    }
}
