using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Tests.Support;
using BudgetHarvest.Testing;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Warehouse.Monitoring;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Jobs;

/// <summary>
/// A source's schedule fires as a run of its own, recorded in the warehouse by the jobs as they finish
/// (no journal, no watcher): a real Hangfire server in this process, the embedded DuckDB warehouse and
/// PostgreSQL (with Hangfire's queues there too). Running the scheduled job again (as a retry does)
/// reuses its run and counts nothing twice.
/// </summary>
public sealed class ScheduledRunTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly TempFolder _store = new();
    private FaultyPdfServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await FaultyPdfServer.StartAsync([
            ("/pdf/0001-tongchuan-jiaoyuju-2021.pdf", "铜川市教育局2021年单位预算公开"),
            ("/pdf/0000-baoji-bigdata-2023.pdf", "宝鸡市大数据管理中心2023年部门预算公开"),
        ]);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _store.Dispose();
    }

    [Fact]
    public async Task ScheduledSource_IntoEmbeddedDuckDb_IsARunOfItsOwnClosedByItsLastJobAndARetryCountsNothingTwice()
    {
        var settings = new Dictionary<string, string?> { [WarehouseOptions.DuckDbPathKey] = Path.Combine(_store.Path, "warehouse.duckdb") };
        await using var harness = await HarvestHarness.StartAsync(TestServices.Build(_store.Path, settings, (services, configuration) => services.AddBudgetWarehouse(configuration)));

        await AssertScheduledRunAsync(harness);
    }

    [PostgresFact]
    public async Task ScheduledSource_IntoPostgreSqlWithItsQueues_IsARunOfItsOwnClosedByItsLastJobAndARetryCountsNothingTwice()
    {
        await using var schema = await PostgresSchema.CreateAsync("scheduled");
        var jobSchema = $"hangfire_{schema.Name}";
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Warehouse"] = schema.ConnectionString,
                ["Harvesting:JobStorage"] = "PostgreSql",
                ["Harvesting:JobStorageSchema"] = jobSchema,
            };
            await using var harness = await HarvestHarness.StartAsync(TestServices.Build(_store.Path, settings, (services, configuration) => services.AddBudgetWarehouse(configuration)));

            await AssertScheduledRunAsync(harness);
        }
        finally
        {
            await PostgresSchema.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{jobSchema}\" CASCADE");
        }
    }

    private async Task AssertScheduledRunAsync(HarvestHarness harness)
    {
        var scheduler = harness.Services.GetRequiredService<HarvestScheduler>();
        var journal = harness.Services.GetRequiredService<HarvestJournal>();
        var target = Assert.Single(Seeds().Targets);
        Assert.Equal(1, scheduler.ScheduleRecurring(Seeds()));

        var jobId = harness.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(target.RecurringJobId);
        var run = await ClosedRunAsync(harness, r => r.Trigger == HarvestRunRecorder.ScheduleTrigger);

        Assert.StartsWith("schedule-", run.RunId, StringComparison.Ordinal);
        Assert.EndsWith($"-{jobId}", run.RunId, StringComparison.Ordinal);
        Assert.Null(journal.Snapshot(run.RunId)); // nobody in this process watched it: the warehouse counted it
        // The index links two PDFs, both new.
        Assert.Equal((1, 2, 2, 2, 0, 0, 0), (run.Sources, run.Documents, run.Fetched, run.New, run.Unchanged, run.Failed, run.Outstanding));
        Assert.Equal(2, run.Tallies.Where(t => t.Outcome == HarvestOutcomes.New).Sum(t => t.Count));
        Assert.Equal(2, (await harness.Services.GetRequiredService<IWarehouseCatalog>().ListDocumentsAsync()).Count);

        // The same Hangfire job run again opens the same run; its items were counted already.
        harness.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId);
        await IdleAsync(harness);

        var again = Assert.Single(await new HarvestHistory(harness.Services.GetRequiredService<DocumentWarehouse>()).LatestAsync(10));
        Assert.Equal(run with { FinishedAt = again.FinishedAt }, again with { Tallies = run.Tallies });
        Assert.Equal(run.Tallies, again.Tallies);
    }

    private static async Task<HarvestRunRecord> ClosedRunAsync(HarvestHarness harness, Func<HarvestRunRecord, bool> wanted)
    {
        var history = new HarvestHistory(harness.Services.GetRequiredService<DocumentWarehouse>());
        using var limit = new CancellationTokenSource(Limit);
        while (true)
        {
            if ((await history.LatestAsync(10, limit.Token)).FirstOrDefault(wanted) is { } run)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), limit.Token);
        }
    }

    /// <summary>Waits until Hangfire has nothing enqueued, scheduled or processing, twice in a row.</summary>
    private static async Task IdleAsync(HarvestHarness harness)
    {
        using var limit = new CancellationTokenSource(Limit);
        var idleTimes = 0;
        while (idleTimes < 2)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), limit.Token);
            var statistics = harness.Storage.GetMonitoringApi().GetStatistics();
            idleTimes = statistics.Enqueued + statistics.Scheduled + statistics.Processing == 0 ? idleTimes + 1 : 0;
        }
    }

    private SeedList Seeds() => HarvestHarness.Seeds($$"""
        {
          "format": "budgetharvest-seeds/1",
          "units": [
            { "name": "铜川市教育局", "code": "305", "region": "铜川市", "schedule": "0 3 * * *", "sources": [ { "index": "{{_server.Url("index.html")}}" } ] }
          ]
        }
        """, _store.Path);
}
