using System.Collections.Concurrent;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// Keeps one run's documents in memory with the warehouse's contract (one document per SHA-256,
/// repeated loads unchanged). Stands in until the warehouse stage is wired into the CLI.
/// </summary>
internal sealed class RunOnlyWarehouse : IDocumentWarehouse
{
    private readonly ConcurrentDictionary<string, BudgetDocument> _documents = new(StringComparer.Ordinal);

    public Task<LoadResult> LoadAsync(BudgetDocument document, DocumentProvenance? provenance = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoadResult(document.Source.Sha256, _documents.TryAdd(document.Source.Sha256, document) ? LoadOutcome.Inserted : LoadOutcome.Unchanged, 0));

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken = default) => Task.FromResult(_documents.ContainsKey(sha256));

    public Task RecordSourceFailureAsync(SourceFailure failure, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
