using System.Collections.Concurrent;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Benchmarks.Harvest;

/// <summary>
/// The warehouse the benchmark loads into. Until the warehouse stage lands: documents kept in
/// memory with the warehouse's contract (one per SHA-256), so the figures cover fetch → extract →
/// validate → load but not the database's own write cost.
/// </summary>
internal sealed class BenchmarkWarehouse : IDocumentWarehouse
{
    private readonly ConcurrentDictionary<string, BudgetDocument> _documents = new(StringComparer.Ordinal);

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<IDocumentWarehouse, BenchmarkWarehouse>();
    }

    public Task<LoadResult> LoadAsync(BudgetDocument document, DocumentProvenance? provenance = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LoadResult(document.Source.Sha256, _documents.TryAdd(document.Source.Sha256, document) ? LoadOutcome.Inserted : LoadOutcome.Unchanged, 0));

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken = default) => Task.FromResult(_documents.ContainsKey(sha256));

    public Task RecordSourceFailureAsync(SourceFailure failure, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
