using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Waits for a harvest run to finish, reporting its progress.</summary>
public sealed class HarvestRunMonitor(HarvestJournal journal, JobStorage storage, TimeProvider timeProvider)
{
    /// <summary>How often progress is sampled.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long the job storage may sit idle (nothing enqueued, scheduled or processing) while the
    /// run still counts outstanding work before the wait gives up: a job that died without reporting
    /// must not make the caller hang.
    /// </summary>
    public TimeSpan IdleGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Returns the run's summary once every source and document is accounted for.</summary>
    public async Task<HarvestSummary> WaitAsync(string runId, IProgress<HarvestSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        long? idleSince = null;
        while (true)
        {
            var summary = journal.Snapshot(runId) ?? throw new InvalidOperationException($"No harvest run {runId} in this process.");
            progress?.Report(summary);
            if (summary.IsComplete)
            {
                return summary;
            }

            if (IsIdle())
            {
                idleSince ??= timeProvider.GetTimestamp();
                if (timeProvider.GetElapsedTime(idleSince.Value) > IdleGrace)
                {
                    return summary;
                }
            }
            else
            {
                idleSince = null;
            }

            await Task.Delay(PollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private bool IsIdle()
    {
        var statistics = storage.GetMonitoringApi().GetStatistics();
        return statistics.Enqueued + statistics.Scheduled + statistics.Processing == 0;
    }
}
