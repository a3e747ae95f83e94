using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Hangfire.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Starts harvests from a seed list: one run now, or recurring jobs on each unit's schedule.</summary>
public sealed class HarvestScheduler(IBackgroundJobClient jobs, IRecurringJobManager recurring, JobStorage storage, HarvestJournal journal)
{
    private const string RecurringPrefix = "harvest:";

    /// <summary>Enqueues one harvest job per source and returns the run's id (for <see cref="HarvestJournal.Snapshot"/>).</summary>
    public string StartRun(SeedList seeds)
    {
        var runId = Guid.NewGuid().ToString("N");
        var targets = seeds.Targets.ToList();
        journal.Begin(runId, targets.Count);
        foreach (var target in targets)
        {
            jobs.Enqueue<HarvestSourceJob>(job => job.RunAsync(target, runId, CancellationToken.None));
        }

        return runId;
    }

    /// <summary>
    /// Registers a recurring job for every source of a unit with a schedule (times in UTC), and
    /// removes harvest jobs of sources no longer in the list.
    /// </summary>
    /// <returns>The recurring jobs registered.</returns>
    public int ScheduleRecurring(SeedList seeds)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in seeds.Targets.Where(t => t.Schedule is not null))
        {
            wanted.Add(target.RecurringJobId);
            recurring.AddOrUpdate<HarvestSourceJob>(target.RecurringJobId, job => job.RunAsync(target, null, CancellationToken.None),
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
