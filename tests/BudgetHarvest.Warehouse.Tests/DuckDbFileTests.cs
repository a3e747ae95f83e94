using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.DuckDb;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>What only the embedded file has: it outlives the process that wrote it.</summary>
public sealed class DuckDbFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bh-duckdb-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task CheckpointAsync_LoadedDocument_SurvivesReopeningTheFile()
    {
        var path = Path.Combine(_folder, "warehouse.duckdb");
        var document = CorpusDocuments.One(CorpusDocuments.Baoji);
        LoadResult loaded;
        await using (var writer = new DuckDbWarehouse(path))
        {
            loaded = await writer.LoadAsync(document);
            await writer.CheckpointAsync();
        }

        await using var reader = new DuckDbWarehouse(path);

        Assert.True(await reader.ContainsAsync(document.Source.Sha256));
        Assert.Empty(await reader.EnsureSchemaAsync());
        var lines = await reader.ReadAsync("SELECT count(*) FROM budget_lines", async (r, ct) => { await r.ReadAsync(ct); return r.GetInt64(0); });
        Assert.Equal(loaded.BudgetLines, lines);
        Assert.Equal(LoadOutcome.Unchanged, (await reader.LoadAsync(document)).Outcome);
    }
}
