using BudgetHarvest.Core.Completeness;
using BudgetHarvest.Warehouse.DuckDb;
using DuckDB.NET.Data;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>A warehouse written before migration 7 (no yield columns) gets them, and a verdict for every stored document, when a newer build opens it.</summary>
public sealed class DuckDbYieldUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bh-duckdb-upgrade-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task EnsureSchemaAsync_WarehouseBeforeVersion7_JudgesEveryStoredDocument()
    {
        var path = Path.Combine(_folder, "warehouse.duckdb");
        var ok = CorpusDocuments.One(CorpusDocuments.Baoji);
        var cut = CorpusDocuments.WithSha256(ok, 'b');
        cut.Tables.RemoveRange(1, cut.Tables.Count - 1);
        await using (var current = new DuckDbWarehouse(path))
        {
            await current.LoadAsync(ok);
            await current.LoadAsync(cut);
        }

        // Without migration 7, as a warehouse written by the previous build is (the later migrations
        // neither read nor write these columns' data, so they stay).
        await using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                ALTER TABLE documents DROP COLUMN yield_status;
                ALTER TABLE documents DROP COLUMN yield_reason;
                ALTER TABLE documents DROP COLUMN tables_expected;
                DELETE FROM schema_version WHERE version = 7;
                """;
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var upgraded = new DuckDbWarehouse(path);
        var applied = await upgraded.EnsureSchemaAsync();
        var listed = (await upgraded.ListDocumentsAsync()).ToDictionary(d => d.Sha256);

        Assert.Contains(applied, m => m.Version == 7);
        Assert.Equal(YieldStatus.Ok, listed[ok.Source.Sha256].Yield);
        Assert.Equal(YieldStatus.LowYield, listed[cut.Source.Sha256].Yield);
        Assert.Contains("1 of 6 expected tables", listed[cut.Source.Sha256].YieldReason, StringComparison.Ordinal);
        Assert.Equal(0, await upgraded.ReadAsync("SELECT count(*) FROM documents WHERE yield_status IS NULL", async (r, ct) => { await r.ReadAsync(ct); return r.GetInt64(0); }));
    }
}
