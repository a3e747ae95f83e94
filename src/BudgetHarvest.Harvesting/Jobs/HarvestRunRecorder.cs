using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Ends the watch of a run this process started and waits for (a CLI run, a web host's first
/// harvest): its outcomes are already in the warehouse's run ledger, recorded by the jobs as they
/// finished; what is left is to close it if its last item did not (items that never reported make it
/// stale) and to stop counting it in this process's journal.
/// </summary>
public sealed class HarvestRunRecorder(HarvestJournal journal, HarvestRunMonitor monitor, IHarvestRunLog log)
{
    /// <summary>The trigger of runs the CLI <c>harvest</c> command starts.</summary>
    public const string CliTrigger = "cli";

    /// <summary>The trigger of runs the web host starts.</summary>
    public const string WebTrigger = "web";

    /// <summary>The trigger of runs a source's schedule starts (recurring Hangfire jobs).</summary>
    public const string ScheduleTrigger = "schedule";

    /// <summary>Closes the run (call when its wait is over) and stops counting it.</summary>
    public async Task CloseAsync(string runId, CancellationToken cancellationToken = default)
    {
        await log.CloseRunAsync(runId, cancellationToken).ConfigureAwait(false);
        journal.End(runId);
    }

    /// <summary>Waits for a run nobody else waits for (one started by the web host), then closes it.</summary>
    public async Task CloseWhenDoneAsync(string runId, CancellationToken cancellationToken = default)
    {
        await monitor.WaitAsync(runId, cancellationToken: cancellationToken).ConfigureAwait(false);
        await CloseAsync(runId, cancellationToken).ConfigureAwait(false);
    }
}
