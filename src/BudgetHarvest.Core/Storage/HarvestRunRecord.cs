namespace BudgetHarvest.Core.Storage;

/// <summary>A finished harvest run, as kept in the warehouse's run history.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Trigger">What started it: <c>cli</c>, <c>web</c> …</param>
/// <param name="StartedAt">When its sources were enqueued.</param>
/// <param name="FinishedAt">When it was recorded (every item accounted for, or the wait gave up).</param>
/// <param name="Sources">Sources the run started with.</param>
/// <param name="Documents">Document locations discovered.</param>
/// <param name="Fetched">Documents downloaded.</param>
/// <param name="New">Documents loaded for the first time.</param>
/// <param name="Unchanged">Documents already loaded.</param>
/// <param name="Failed">Sources and documents that failed.</param>
/// <param name="Outstanding">Items that never reported (0 for a complete run).</param>
/// <param name="Tallies">The outcomes split by failure code and region.</param>
public sealed record HarvestRunRecord(
    string RunId,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    int Sources,
    int Documents,
    int Fetched,
    int New,
    int Unchanged,
    int Failed,
    int Outstanding,
    IReadOnlyList<HarvestTally> Tallies)
{
    /// <summary>The run's state as the warehouse's <c>v_harvest_runs.state</c> gives it: <c>complete</c> when every
    /// item reported, <c>stale</c> when it was closed after too long a silence with items never reported.</summary>
    public string State => Outstanding > 0 ? StaleState : CompleteState;

    /// <summary>Every source and document of the run reported its outcome.</summary>
    public const string CompleteState = "complete";

    /// <summary>The run was closed after too long a silence; <see cref="Outstanding"/> items never reported.</summary>
    public const string StaleState = "stale";
}

/// <summary>How many items of a run ended one way.</summary>
/// <param name="Outcome"><c>new</c>, <c>unchanged</c> or <c>failed</c>.</param>
/// <param name="Code">The failure code of a failed item, else null.</param>
/// <param name="Region">The city (region) of the item's unit, when known.</param>
/// <param name="Count">How many items.</param>
public sealed record HarvestTally(string Outcome, string? Code, string? Region, int Count);

/// <summary>
/// Keeps the history of harvest runs (the warehouse does): a run is opened when it starts, each of its
/// sources and documents is recorded as the job that ends it finishes (in whichever process), and the
/// run is closed when nothing is outstanding, or as stale when it stays silent too long.
/// </summary>
public interface IHarvestRunLog
{
    /// <summary>Stores one finished run; recording the same run id again changes nothing.</summary>
    Task RecordRunAsync(HarvestRunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Opens a run of these source locations; opening the same run id again changes nothing.</summary>
    /// <returns>True when this call opened the run.</returns>
    Task<bool> BeginRunAsync(string runId, string trigger, IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records how one source or document of an open run ended, and closes the run when it was the last
    /// outstanding item. The first outcome of an item stands: a retried job's second report counts nothing.
    /// </summary>
    /// <returns>True when this outcome was counted; false for an item already ended or an unknown run.</returns>
    Task<bool> RecordOutcomeAsync(HarvestItemOutcome outcome, CancellationToken cancellationToken = default);

    /// <summary>Notes that a document of the run was downloaded (its outcome comes later).</summary>
    Task RecordFetchedAsync(string runId, string location, CancellationToken cancellationToken = default);

    /// <summary>Closes a run still open now: complete when nothing is outstanding, else stale (its items never reported).</summary>
    Task CloseRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Closes as stale every open run that recorded nothing for <paramref name="silence"/>.</summary>
    /// <returns>The runs closed.</returns>
    Task<IReadOnlyList<string>> CloseSilentRunsAsync(TimeSpan silence, CancellationToken cancellationToken = default);
}
