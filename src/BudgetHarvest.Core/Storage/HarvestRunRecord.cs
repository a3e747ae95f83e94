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
    IReadOnlyList<HarvestTally> Tallies);

/// <summary>How many items of a run ended one way.</summary>
/// <param name="Outcome"><c>new</c>, <c>unchanged</c> or <c>failed</c>.</param>
/// <param name="Code">The failure code of a failed item, else null.</param>
/// <param name="Region">The city (region) of the item's unit, when known.</param>
/// <param name="Count">How many items.</param>
public sealed record HarvestTally(string Outcome, string? Code, string? Region, int Count);

/// <summary>Keeps the history of harvest runs (the warehouse does).</summary>
public interface IHarvestRunLog
{
    /// <summary>Stores one finished run; recording the same run id again changes nothing.</summary>
    Task RecordRunAsync(HarvestRunRecord run, CancellationToken cancellationToken = default);
}
