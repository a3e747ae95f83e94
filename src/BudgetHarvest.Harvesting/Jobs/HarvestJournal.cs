using System.Collections.Concurrent;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Counts what the jobs of each harvest run did, so the process that started a run can show its
/// progress and summary. In-process: jobs report to the journal of the process that runs them.
/// Reports for an unknown or null run id are ignored. The run history, with its tallies by failure
/// code and region, is kept by the warehouse's run ledger (<see cref="HarvestRunReporter"/>), not here.
/// </summary>
public sealed class HarvestJournal
{
    private readonly ConcurrentDictionary<string, Run> _runs = new(StringComparer.Ordinal);

    /// <summary>Starts counting a run of <paramref name="sources"/> sources.</summary>
    public void Begin(string runId, int sources) => _runs[runId] = new Run(sources);

    /// <summary>A source's documents were found; they are now outstanding.</summary>
    public void SourceDiscovered(string? runId, int documents) => With(runId, r =>
    {
        Interlocked.Add(ref r.Documents, documents);
        Interlocked.Add(ref r.Outstanding, documents);
        Interlocked.Increment(ref r.SourcesDone);
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A source failed (its index page or folder could not be read).</summary>
    public void SourceFailed(string? runId, string location, string code, string message) => With(runId, r =>
    {
        r.Failures.Enqueue(new HarvestFailure(location, code, message));
        Interlocked.Increment(ref r.SourcesDone);
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A document's bytes were fetched; <paramref name="alreadyLoaded"/> ends its work here.</summary>
    public void DocumentFetched(string? runId, FetchStatus status, bool alreadyLoaded) => With(runId, r =>
    {
        if (status == FetchStatus.Downloaded)
        {
            Interlocked.Increment(ref r.Fetched);
        }

        if (alreadyLoaded)
        {
            Interlocked.Increment(ref r.Unchanged);
            Interlocked.Decrement(ref r.Outstanding);
        }
    });

    /// <summary>A document went through the pipeline and into the warehouse.</summary>
    public void DocumentLoaded(string? runId, LoadOutcome outcome, HarvestFailure? extractionFailure) => With(runId, r =>
    {
        if (extractionFailure is not null)
        {
            r.Failures.Enqueue(extractionFailure);
        }
        else if (outcome == LoadOutcome.Inserted)
        {
            Interlocked.Increment(ref r.New);
        }
        else
        {
            Interlocked.Increment(ref r.Unchanged);
        }

        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A document failed for good before it could be loaded.</summary>
    public void DocumentFailed(string? runId, string location, string code, string message) => With(runId, r =>
    {
        r.Failures.Enqueue(new HarvestFailure(location, code, message));
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>The run's counts now, or null for an unknown run.</summary>
    public HarvestSummary? Snapshot(string runId) =>
        _runs.TryGetValue(runId, out var r)
            ? new HarvestSummary(r.Sources, Volatile.Read(ref r.SourcesDone), Volatile.Read(ref r.Documents), Volatile.Read(ref r.Fetched),
                Volatile.Read(ref r.New), Volatile.Read(ref r.Unchanged), [.. r.Failures], Volatile.Read(ref r.Outstanding))
            : null;

    /// <summary>Stops counting a run.</summary>
    public void End(string runId) => _runs.TryRemove(runId, out _);

    private void With(string? runId, Action<Run> update)
    {
        if (runId is not null && _runs.TryGetValue(runId, out var run))
        {
            update(run);
        }
    }

    private sealed class Run(int sources)
    {
        public readonly int Sources = sources;
        public readonly ConcurrentQueue<HarvestFailure> Failures = new();
        public int SourcesDone;
        public int Documents;
        public int Fetched;
        public int New;
        public int Unchanged;
        public int Outstanding = sources;
    }
}
