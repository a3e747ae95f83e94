using BudgetHarvest.Core.Storage;
using BudgetHarvest.Warehouse.DuckDb;
using BudgetHarvest.Warehouse.Monitoring;

namespace BudgetHarvest.Warehouse.Tests;

/// <summary>Harvest runs recorded as their jobs finish: opened, counted once per item, closed by the last item or as stale.</summary>
public abstract class WarehouseRunLedgerTests : WarehouseTestBase
{
    private const string Index = "https://www.xa.gov.cn/ysgk/index.html";
    private const string Folder = "/data/baoji";
    private static readonly string[] IndexDocuments = ["https://www.xa.gov.cn/ysgk/a.pdf", "https://www.xa.gov.cn/ysgk/b.pdf"];

    [WarehouseFact]
    public async Task RecordOutcomeAsync_LastOutstandingItem_ClosesTheRunWithItsCountsAndTallies()
    {
        await Warehouse.BeginRunAsync("run", "schedule", [Index, Folder]);
        await Warehouse.RecordOutcomeAsync(Discovered(Index, IndexDocuments));
        await Warehouse.RecordOutcomeAsync(new HarvestItemOutcome("run", true, Folder, HarvestOutcomes.Failed, "not_found", "宝鸡市"));
        await Warehouse.RecordFetchedAsync("run", IndexDocuments[0]);
        await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[0], HarvestOutcomes.New));
        Assert.Empty(await new HarvestHistory(Warehouse).LatestAsync(10));

        Clock.Advance(TimeSpan.FromMinutes(3));
        await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[1], HarvestOutcomes.Failed, "invalid_pdf"));

        var run = Assert.Single(await new HarvestHistory(Warehouse).LatestAsync(10));
        Assert.Equal(("run", "schedule", 2, 2, 1, 1, 0, 2, 0), (run.RunId, run.Trigger, run.Sources, run.Documents, run.Fetched, run.New, run.Unchanged, run.Failed, run.Outstanding));
        Assert.Equal(TimeSpan.FromMinutes(3), run.FinishedAt - run.StartedAt);
        Assert.Equal(
            [new HarvestTally("failed", "invalid_pdf", "西安市", 1), new HarvestTally("failed", "not_found", "宝鸡市", 1), new HarvestTally("new", null, "西安市", 1)],
            run.Tallies);
        Assert.Equal("complete", (await RowsAsync("SELECT DISTINCT state FROM v_harvest_runs")).Single()[0]);
    }

    [WarehouseFact]
    public async Task RecordOutcomeAsync_SameItemReportedTwice_CountsOnce()
    {
        await Warehouse.BeginRunAsync("run", "cli", [Index]);
        await Warehouse.RecordOutcomeAsync(Discovered(Index, IndexDocuments));

        var first = await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[0], HarvestOutcomes.New));
        var retried = await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[0], HarvestOutcomes.Unchanged));
        var rediscovered = await Warehouse.RecordOutcomeAsync(Discovered(Index, [.. IndexDocuments, "https://www.xa.gov.cn/ysgk/c.pdf"]));

        Assert.Equal((true, false, false), (first, retried, rediscovered));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM harvest_run_items WHERE kind = 'document'"));
        Assert.Equal("new", (await RowsAsync($"SELECT outcome FROM harvest_run_items WHERE location = '{IndexDocuments[0]}'")).Single()[0]);
        Assert.Empty(await new HarvestHistory(Warehouse).LatestAsync(10));
    }

    [WarehouseFact]
    public async Task BeginRunAsync_SameRunTwiceOrUnknownRun_ChangesNothing()
    {
        var opened = await Warehouse.BeginRunAsync("run", "schedule", [Index]);
        var reopened = await Warehouse.BeginRunAsync("run", "schedule", [Index, Folder]);
        var unknown = await Warehouse.RecordOutcomeAsync(new HarvestItemOutcome("nope", true, Index, HarvestOutcomes.Failed, "http_404"));

        Assert.Equal((true, false, false), (opened, reopened, unknown));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM harvest_run_items"));
    }

    [WarehouseFact]
    public async Task CloseSilentRunsAsync_RunSilentLongerThanTheLimit_IsClosedAsStaleAndALateReportCompletesIt()
    {
        await Warehouse.BeginRunAsync("silent", "schedule", [Index]);
        await Warehouse.RecordOutcomeAsync(Discovered(Index, IndexDocuments, "silent"));
        await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[0], HarvestOutcomes.New, runId: "silent"));
        Clock.Advance(TimeSpan.FromMinutes(30));
        await Warehouse.BeginRunAsync("busy", "cli", [Folder]);

        Assert.Empty(await Warehouse.CloseSilentRunsAsync(TimeSpan.FromHours(1)));
        Clock.Advance(TimeSpan.FromMinutes(45));
        var closed = await Warehouse.CloseSilentRunsAsync(TimeSpan.FromHours(1));

        Assert.Equal(["silent"], closed);
        var stale = Assert.Single(await new HarvestHistory(Warehouse).LatestAsync(10));
        Assert.Equal((1, 1), (stale.New, stale.Outstanding));
        Assert.Equal("stale", (await RowsAsync("SELECT DISTINCT state FROM v_harvest_runs")).Single()[0]);

        await Warehouse.RecordOutcomeAsync(Document(IndexDocuments[1], HarvestOutcomes.Unchanged, runId: "silent"));

        var late = Assert.Single(await new HarvestHistory(Warehouse).LatestAsync(10));
        Assert.Equal((1, 1, 0), (late.New, late.Unchanged, late.Outstanding));
        Assert.Equal("complete", (await RowsAsync("SELECT DISTINCT state FROM v_harvest_runs")).Single()[0]);
    }

    [WarehouseFact]
    public async Task RecordOutcomeAsync_ManyJobsAtOnce_CountsEveryItemAndClosesTheRunOnce()
    {
        var documents = Enumerable.Range(0, 6).Select(i => $"https://www.xa.gov.cn/ysgk/{i:D2}.pdf").ToList();
        await Warehouse.BeginRunAsync("run", "schedule", [Index]);
        await Warehouse.RecordOutcomeAsync(Discovered(Index, documents));

        // Every document reported twice at once, as by two workers retrying the same jobs (few, so a
        // test database's connection limit is never near).
        var counted = await Task.WhenAll(documents.Concat(documents).Select(d => Task.Run(() => Warehouse.RecordOutcomeAsync(Document(d, HarvestOutcomes.New)))));

        Assert.Equal(documents.Count, counted.Count(c => c));
        var run = Assert.Single(await new HarvestHistory(Warehouse).LatestAsync(10));
        Assert.Equal((6, 6, 0), (run.Documents, run.New, run.Outstanding));
        Assert.Equal(6, Assert.Single(run.Tallies).Count);
    }

    [WarehouseFact]
    public async Task CloseRunAsync_ItemsOutstanding_RecordsTheRunAsStaleWithThem()
    {
        await Warehouse.BeginRunAsync("run", "cli", [Index, Folder]);
        await Warehouse.RecordOutcomeAsync(Discovered(Index, IndexDocuments));

        await Warehouse.CloseRunAsync("run");

        var run = Assert.Single(await new HarvestHistory(Warehouse).LatestAsync(10));
        Assert.Equal((2, 2, 3), (run.Sources, run.Documents, run.Outstanding));
        Assert.Equal("stale", (await RowsAsync("SELECT state FROM harvest_run_starts")).Single()[0]);
    }

    private static HarvestItemOutcome Discovered(string source, IReadOnlyList<string> documents, string runId = "run") =>
        new(runId, true, source, HarvestOutcomes.Discovered, Region: "西安市") { Discovered = documents };

    private static HarvestItemOutcome Document(string location, string outcome, string? code = null, string runId = "run") =>
        new(runId, false, location, outcome, code, "西安市");
}

public sealed class DuckDbWarehouseRunLedgerTests : WarehouseRunLedgerTests
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => Task.FromResult<DocumentWarehouse>(new DuckDbWarehouse(Path.Combine(TempFolder, "data", "warehouse.duckdb"), Clock));
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresWarehouseRunLedgerTests(PostgresDatabaseFixture database) : WarehouseRunLedgerTests, IPostgresBacked
{
    private protected override Task<DocumentWarehouse> CreateWarehouseAsync() => database.NewWarehouseAsync(Clock);
}
