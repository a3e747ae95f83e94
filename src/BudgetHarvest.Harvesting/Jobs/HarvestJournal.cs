using System.Collections.Concurrent;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Counts what the jobs of each harvest run did, so the process that started a run can show its
/// progress and summary. In-process: jobs report to the journal of the process that runs them.
/// Reports for an unknown or null run id (recurring harvests) are ignored. Outcomes are also tallied
/// by failure code and region, for the run history (<see cref="History"/>).
/// </summary>
public sealed class HarvestJournal(TimeProvider? timeProvider = null)
{
    private const string NewOutcome = "new";
    private const string UnchangedOutcome = "unchanged";
    private const string FailedOutcome = "failed";

    private readonly ConcurrentDictionary<string, Run> _runs = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Starts counting a run of <paramref name="sources"/> sources.</summary>
    public void Begin(string runId, int sources) => _runs[runId] = new Run(sources, _time.GetUtcNow());

    /// <summary>A source's documents were found; they are now outstanding.</summary>
    public void SourceDiscovered(string? runId, int documents) => With(runId, r =>
    {
        Interlocked.Add(ref r.Documents, documents);
        Interlocked.Add(ref r.Outstanding, documents);
        Interlocked.Increment(ref r.SourcesDone);
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A source failed (its index page or folder could not be read).</summary>
    public void SourceFailed(string? runId, string location, string code, string message, string? region = null) => With(runId, r =>
    {
        r.Failures.Enqueue(new HarvestFailure(location, code, message));
        r.Tally(FailedOutcome, code, region);
        Interlocked.Increment(ref r.SourcesDone);
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A document's bytes were fetched; <paramref name="alreadyLoaded"/> ends its work here.</summary>
    public void DocumentFetched(string? runId, FetchStatus status, bool alreadyLoaded, string? region = null) => With(runId, r =>
    {
        if (status == FetchStatus.Downloaded)
        {
            Interlocked.Increment(ref r.Fetched);
        }

        if (alreadyLoaded)
        {
            Interlocked.Increment(ref r.Unchanged);
            r.Tally(UnchangedOutcome, null, region);
            Interlocked.Decrement(ref r.Outstanding);
        }
    });

    /// <summary>A document went through the pipeline and into the warehouse.</summary>
    public void DocumentLoaded(string? runId, LoadOutcome outcome, HarvestFailure? extractionFailure, string? region = null) => With(runId, r =>
    {
        if (extractionFailure is not null)
        {
            r.Failures.Enqueue(extractionFailure);
            r.Tally(FailedOutcome, extractionFailure.Code, region);
        }
        else if (outcome == LoadOutcome.Inserted)
        {
            Interlocked.Increment(ref r.New);
            r.Tally(NewOutcome, null, region);
        }
        else
        {
            Interlocked.Increment(ref r.Unchanged);
            r.Tally(UnchangedOutcome, null, region);
        }

        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>A document failed for good before it could be loaded.</summary>
    public void DocumentFailed(string? runId, string location, string code, string message, string? region = null) => With(runId, r =>
    {
        r.Failures.Enqueue(new HarvestFailure(location, code, message));
        r.Tally(FailedOutcome, code, region);
        Interlocked.Decrement(ref r.Outstanding);
    });

    /// <summary>The run's counts now, or null for an unknown run.</summary>
    public HarvestSummary? Snapshot(string runId) =>
        _runs.TryGetValue(runId, out var r)
            ? new HarvestSummary(r.Sources, Volatile.Read(ref r.SourcesDone), Volatile.Read(ref r.Documents), Volatile.Read(ref r.Fetched),
                Volatile.Read(ref r.New), Volatile.Read(ref r.Unchanged), [.. r.Failures], Volatile.Read(ref r.Outstanding))
            : null;

    /// <summary>The run as kept in the run history, finished now, or null for an unknown run.</summary>
    public HarvestRunRecord? History(string runId, string trigger)
    {
        if (Snapshot(runId) is not { } summary || !_runs.TryGetValue(runId, out var r))
        {
            return null;
        }

        var tallies = r.Tallies.Select(t => new HarvestTally(t.Key.Outcome, t.Key.Code, t.Key.Region, t.Value))
            .OrderBy(t => t.Outcome, StringComparer.Ordinal).ThenBy(t => t.Code, StringComparer.Ordinal).ThenBy(t => t.Region, StringComparer.Ordinal).ToList();
        return new HarvestRunRecord(runId, trigger, r.StartedAt, _time.GetUtcNow(), summary.Sources, summary.Documents, summary.Fetched,
            summary.New, summary.Unchanged, summary.Failed, Math.Max(0, summary.Outstanding), tallies);
    }

    /// <summary>Stops counting a run.</summary>
    public void End(string runId) => _runs.TryRemove(runId, out _);

    private void With(string? runId, Action<Run> update)
    {
        if (runId is not null && _runs.TryGetValue(runId, out var run))
        {
            update(run);
        }
    }

    private sealed class Run(int sources, DateTimeOffset startedAt)
    {
        public readonly int Sources = sources;
        public readonly DateTimeOffset StartedAt = startedAt;
        public readonly ConcurrentDictionary<(string Outcome, string? Code, string? Region), int> Tallies = new();
        public readonly ConcurrentQueue<HarvestFailure> Failures = new();
        public int SourcesDone;
        public int Documents;
        public int Fetched;
        public int New;
        public int Unchanged;
        public int Outstanding = sources;

        public void Tally(string outcome, string? code, string? region) =>
            Tallies.AddOrUpdate((outcome, code, string.IsNullOrWhiteSpace(region) ? null : region.Trim()), 1, (_, n) => n + 1);
    }
}
