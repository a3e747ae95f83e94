using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using BudgetHarvest.Testing;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>
/// Harvests into the real warehouse, wired as hosts wire it: the embedded DuckDB file, and PostgreSQL
/// with Hangfire's queues in the same database shared by two worker hosts.
/// </summary>
public sealed class WarehouseHarvestTests : IAsyncLifetime
{
    private const string Unit = "宝鸡市大数据管理中心";
    private readonly TempFolder _store = new();
    private FaultyPdfServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await FaultyPdfServer.StartAsync([("/pdf/0001-tongchuan-jiaoyuju-2021.pdf", "铜川市教育局2021年单位预算公开")]);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task RunAsync_IntoEmbeddedDuckDb_StoresDocumentsAndFailuresAndASecondRunAddsNothing()
    {
        var settings = new Dictionary<string, string?> { [WarehouseOptions.DuckDbPathKey] = Path.Combine(_store.Path, "warehouse.duckdb") };
        await using var harness = await HarvestHarness.StartAsync(TestServices.Build(_store.Path, settings, (services, configuration) => services.AddBudgetWarehouse(configuration)));

        var first = await harness.RunAsync(Seeds());
        var second = await harness.RunAsync(Seeds());

        await AssertHarvestedAsync(harness, first, second);
    }

    /// <summary>
    /// Two worker hosts, each with its own service provider and its own (unshared) store folder, on one
    /// PostgreSQL: Hangfire's queues, the warehouse and the harvest stores (PDFs, staged documents,
    /// fetch state) all live in the database, so a document fetched by one host is extracted, validated
    /// and loaded by whichever host takes the next job. Both hosts run in this test process (not two OS
    /// processes); nothing but the database connects them.
    /// </summary>
    [PostgresFact]
    public async Task RunAsync_TwoWorkerHostsWithTheirOwnFoldersOnPostgreSql_ShareEverythingAndLoadEachDocumentOnce()
    {
        await using var schema = await PostgresSchema.CreateAsync("harvest");
        var jobSchema = $"hangfire_{schema.Name}";
        using var secondFolder = new TempFolder();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Warehouse"] = schema.ConnectionString,
                ["Harvesting:JobStorage"] = "PostgreSql",
                ["Harvesting:JobStorageSchema"] = jobSchema,
            };

            // One journal, so the run started on the first host is counted whichever host does the work.
            var journal = new HarvestJournal();
            ServiceProvider WorkerHost(string folder) => TestServices.Build(folder, settings, (services, configuration) =>
            {
                services.AddSingleton(journal);
                services.AddBudgetWarehouse(configuration);
            });
            await using var first = await HarvestHarness.StartAsync(WorkerHost(_store.Path));
            await using var second = await HarvestHarness.StartAsync(WorkerHost(secondFolder.Path));

            var run1 = await first.RunAsync(Seeds());
            var run2 = await first.RunAsync(Seeds());

            await AssertHarvestedAsync(first, run1, run2);
            var monitoring = first.Storage.GetMonitoringApi();
            var servers = monitoring.SucceededJobs(0, 1000)
                .Select(j => monitoring.JobDetails(j.Key).History.First(h => h.StateName == "Processing").Data["ServerId"])
                .ToHashSet(StringComparer.Ordinal);
            Assert.True(servers.Count >= 3, $"only {string.Join(", ", servers)} processed jobs: the second host's workers did nothing");
            Assert.Equal(2L, await schema.ScalarAsync<long>("SELECT count(*) FROM harvest_blobs"));
            Assert.Equal(0L, await schema.ScalarAsync<long>("SELECT count(*) FROM harvest_staged")); // loaded, so unstaged
            Assert.True(await schema.ScalarAsync<long>("SELECT count(*) FROM harvest_sources") >= 3);
            Assert.All(new[] { _store.Path, secondFolder.Path }, folder => Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)));
        }
        finally
        {
            await PostgresSchema.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{jobSchema}\" CASCADE");
        }
    }

    private async Task AssertHarvestedAsync(HarvestHarness harness, HarvestSummary first, HarvestSummary second)
    {
        Assert.Equal((2, 1), (first.New, first.Unchanged)); // 0000 under two URLs is one document
        Assert.Equal(["http_404", "not_a_pdf"], first.Failures.Select(f => f.Code).Order());
        Assert.Equal((0, 0, 3), (second.New, second.Fetched, second.Unchanged));

        var catalog = harness.Services.GetRequiredService<IWarehouseCatalog>();
        var documents = await catalog.ListDocumentsAsync();
        Assert.Equal(2, documents.Count);
        Assert.Contains(documents, d => d.UnitName == Unit && d.SourceUri!.Contains("0000-baoji-bigdata-2023", StringComparison.Ordinal));
        var failures = await catalog.ListSourceFailuresAsync();
        Assert.Equal(4, failures.Count); // both runs record that the broken sources are still broken
        Assert.Contains(failures, f => f.Failure.Code == "http_404" && f.Failure.UnitName == "坏单位");

        // Both runs are in the warehouse's run history, counted there by whichever worker ended each item (the broken sources fail in both).
        var runs = await new Warehouse.Monitoring.HarvestHistory(harness.Services.GetRequiredService<DocumentWarehouse>()).LatestAsync(10);
        Assert.Equal([("cli", 2, 1, 2, 0), ("cli", 0, 3, 2, 0)], runs.Select(r => (r.Trigger, r.New, r.Unchanged, r.Failed, r.Outstanding)));
    }

    private SeedList Seeds() => HarvestHarness.Seeds($$"""
        {
          "format": "budgetharvest-seeds/1",
          "units": [
            { "name": "{{Unit}}", "code": "621002", "region": "宝鸡市",
              "sources": [ { "pdf": "{{_server.Url("pdf/0000-baoji-bigdata-2023.pdf")}}" }, { "pdf": "{{_server.Url("alias/0000-baoji-bigdata-2023.pdf")}}" } ] },
            { "name": "铜川市教育局", "code": "305", "region": "铜川市", "sources": [ { "index": "{{_server.Url("index.html")}}" } ] },
            { "name": "坏单位", "code": "U3", "sources": [ { "pdf": "{{_server.Url("missing")}}" }, { "pdf": "{{_server.Url("html-as-pdf")}}" } ] }
          ]
        }
        """, _store.Path);
}
