using System.Collections.Concurrent;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// The run ledger's contract in memory, for harvests over an <see cref="InMemoryWarehouse"/>: runs are
/// opened once, each item's first outcome stands, and a run is closed when nothing is outstanding.
/// </summary>
internal sealed class InMemoryRunLog : IHarvestRunLog
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (string Trigger, Dictionary<(bool IsSource, string Location), string?> Items)> _runs = new(StringComparer.Ordinal);

    /// <summary>Runs closed (by their last item or explicitly), in order.</summary>
    public ConcurrentQueue<string> Closed { get; } = new();

    /// <summary>Every outcome counted, in order.</summary>
    public ConcurrentQueue<HarvestItemOutcome> Counted { get; } = new();

    public Task RecordRunAsync(HarvestRunRecord run, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> BeginRunAsync(string runId, string trigger, IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_runs.TryAdd(runId, (trigger, sources.Distinct(StringComparer.Ordinal).ToDictionary(s => (true, s), _ => (string?)null))));
        }
    }

    public Task<bool> RecordOutcomeAsync(HarvestItemOutcome outcome, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_runs.TryGetValue(outcome.RunId, out var run) || run.Items.GetValueOrDefault((outcome.IsSource, outcome.Location)) is not null)
            {
                return Task.FromResult(false);
            }

            run.Items[(outcome.IsSource, outcome.Location)] = outcome.Outcome;
            foreach (var document in outcome.Discovered)
            {
                run.Items.TryAdd((false, document), null);
            }

            Counted.Enqueue(outcome);
            if (run.Items.Values.All(v => v is not null))
            {
                Closed.Enqueue(outcome.RunId);
            }

            return Task.FromResult(true);
        }
    }

    public Task RecordFetchedAsync(string runId, string location, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task CloseRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        Closed.Enqueue(runId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> CloseSilentRunsAsync(TimeSpan silence, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
