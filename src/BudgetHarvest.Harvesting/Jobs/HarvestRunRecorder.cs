using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Keeps a harvest run in the warehouse's run history once it is over (counts by outcome, failure
/// code and region), so runs started by the CLI or the web host are both visible afterwards.
/// </summary>
public sealed class HarvestRunRecorder(HarvestJournal journal, HarvestRunMonitor monitor, IHarvestRunLog log)
{
    /// <summary>The trigger of runs the CLI <c>harvest</c> command starts.</summary>
    public const string CliTrigger = "cli";

    /// <summary>The trigger of runs the web host starts.</summary>
    public const string WebTrigger = "web";

    /// <summary>Records the run as it stands now (call when its wait is over) and stops counting it.</summary>
    /// <returns>The record stored, or null when the run is unknown to this process.</returns>
    public async Task<HarvestRunRecord?> RecordAsync(string runId, string trigger, CancellationToken cancellationToken = default)
    {
        if (journal.History(runId, trigger) is not { } run)
        {
            return null;
        }

        await log.RecordRunAsync(run, cancellationToken).ConfigureAwait(false);
        journal.End(runId);
        return run;
    }

    /// <summary>Waits for a run nobody else waits for (one started by the web host), then records it.</summary>
    public async Task<HarvestRunRecord?> RecordWhenDoneAsync(string runId, string trigger, CancellationToken cancellationToken = default)
    {
        await monitor.WaitAsync(runId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await RecordAsync(runId, trigger, cancellationToken).ConfigureAwait(false);
    }
}
