using System.Collections.Concurrent;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// A warehouse in a dictionary, with the contract of <see cref="IDocumentWarehouse"/> (one document
/// per SHA-256, repeated loads unchanged) and a log of every call, so tests can count loads.
/// </summary>
internal sealed class InMemoryWarehouse : IDocumentWarehouse, IHarvestRunLog
{
    /// <summary>The harvest runs recorded (the real warehouse keeps them beside the documents).</summary>
    public InMemoryRunLog Runs { get; } = new();

    private readonly ConcurrentDictionary<string, (BudgetDocument Document, DocumentProvenance? Provenance)> _documents = new(StringComparer.Ordinal);

    public ConcurrentQueue<SourceFailure> Failures { get; } = new();

    public ConcurrentQueue<LoadResult> Loads { get; } = new();

    public IReadOnlyDictionary<string, (BudgetDocument Document, DocumentProvenance? Provenance)> Documents => _documents;

    public int Inserted => Loads.Count(l => l.Outcome == LoadOutcome.Inserted);

    public Task<LoadResult> LoadAsync(BudgetDocument document, DocumentProvenance? provenance = null, CancellationToken cancellationToken = default)
    {
        var inserted = _documents.TryAdd(document.Source.Sha256, (document, provenance));
        var result = new LoadResult(document.Source.Sha256, inserted ? LoadOutcome.Inserted : LoadOutcome.Unchanged, 0);
        Loads.Enqueue(result);
        return Task.FromResult(result);
    }

    public Task<LoadResult> ReplaceAsync(BudgetDocument document, CancellationToken cancellationToken = default)
    {
        var replaced = _documents.TryGetValue(document.Source.Sha256, out var stored);
        _documents[document.Source.Sha256] = (document, stored.Provenance);
        var result = new LoadResult(document.Source.Sha256, replaced ? LoadOutcome.Replaced : LoadOutcome.Inserted, 0);
        Loads.Enqueue(result);
        return Task.FromResult(result);
    }

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(_documents.ContainsKey(sha256));

    public Task RecordRunAsync(HarvestRunRecord run, CancellationToken cancellationToken = default) => Runs.RecordRunAsync(run, cancellationToken);

    public Task<bool> BeginRunAsync(string runId, string trigger, IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default) =>
        Runs.BeginRunAsync(runId, trigger, sources, cancellationToken);

    public Task<bool> RecordOutcomeAsync(HarvestItemOutcome outcome, CancellationToken cancellationToken = default) => Runs.RecordOutcomeAsync(outcome, cancellationToken);

    public Task RecordFetchedAsync(string runId, string location, CancellationToken cancellationToken = default) => Runs.RecordFetchedAsync(runId, location, cancellationToken);

    public Task CloseRunAsync(string runId, CancellationToken cancellationToken = default) => Runs.CloseRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<string>> CloseSilentRunsAsync(TimeSpan silence, CancellationToken cancellationToken = default) => Runs.CloseSilentRunsAsync(silence, cancellationToken);

    public Task RecordSourceFailureAsync(SourceFailure failure, CancellationToken cancellationToken = default)
    {
        Failures.Enqueue(failure);
        return Task.CompletedTask;
    }
}
