using System.Diagnostics;
using System.Text.Json;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Pipeline;
using BudgetHarvest.Testing;
using BudgetHarvest.Web.Security;
using BudgetHarvest.Web.Tests.Support;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BudgetHarvest.Web.Tests.Deployment;

/// <summary>
/// Scale-out with nothing shared but PostgreSQL: two serve hosts as separate OS processes, each with
/// its own store folder, take the jobs of one harvest enqueued by a third (the test, workers off).
/// Fetched PDFs, staged documents and fetch state must travel through the database, or a document
/// fetched by one process could not be extracted by the other.
/// </summary>
public sealed class TwoWorkerProcessesTests
{
    private static readonly TimeSpan HarvestLimit = TimeSpan.FromMinutes(5);

    private static readonly string[] Files =
    [
        "0000-baoji-bigdata-2023.pdf", "0002-weinan-gonglu-2023.pdf", "0008-xianyang-tushuguan-2023.pdf",
        "0013-tongchuan-jiaoyuju-2023.pdf", "0019-weinan-nongjizhongxin-2023.pdf", "0024-hanzhong-jiaoyuju-2023.pdf",
    ];

    [PostgresFact]
    public async Task Harvest_TwoWorkerProcessesWithTheirOwnFolders_LoadEveryDocumentExactlyOnce()
    {
        var database = await TestDatabases.CreateAsync();
        var root = Directory.CreateTempSubdirectory("bh-workers-").FullName;
        try
        {
            var portal = Path.Combine(root, "portal");
            Directory.CreateDirectory(portal);
            foreach (var file in Files)
            {
                File.Copy(Fixtures.Public(file), Path.Combine(portal, file));
            }

            await using var first = await WorkerProcess.StartAsync(WorkerSettings(database, Path.Combine(root, "worker-1")));
            await using var second = await WorkerProcess.StartAsync(WorkerSettings(database, Path.Combine(root, "worker-2")));
            var scheduler = await SchedulerAsync(database);
            // The warehouse is only asynchronously disposable, so the host is disposed that way.
            await using var disposeScheduler = (IAsyncDisposable)scheduler;

            await scheduler.Services.GetRequiredService<HarvestScheduler>().StartRunAsync(SeedLoader.Load(await SeedFileAsync(root, portal)), HarvestRunRecorder.CliTrigger);
            await WaitUntilIdleAsync(scheduler.Services, Files.Length, first, second);

            var monitoring = scheduler.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            var succeeded = monitoring.SucceededJobs(0, 1000).Select(j => j.Value).ToList();
            var loads = succeeded.Count(j => j.Job.Type == typeof(LoadDocumentJob));
            Assert.True(monitoring.FailedCount() == 0, $"{monitoring.FailedCount()} job(s) failed:\n{first.Log}\n{second.Log}");
            Assert.Equal(Files.Length, loads);
            var documents = await scheduler.Services.GetRequiredService<IWarehouseCatalog>().ListDocumentsAsync();
            Assert.Equal(Files.Length, documents.Count);
            Assert.Equal(Files.Length, documents.Select(d => d.Sha256).Distinct().Count());

            var processes = monitoring.SucceededJobs(0, 1000)
                .Select(j => monitoring.JobDetails(j.Key).History.First(h => h.StateName == "Processing").Data["ServerId"].Split(':')[1])
                .ToHashSet(StringComparer.Ordinal);
            Assert.Equal(new[] { first.Id, second.Id }.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), processes.Order());
            Assert.Equal(Files.Length, await ScalarAsync(database, "SELECT count(*) FROM harvest_blobs"));
            Assert.Equal(0, await ScalarAsync(database, "SELECT count(*) FROM harvest_staged"));
            foreach (var folder in new[] { "worker-1", "worker-2" })
            {
                Assert.False(Directory.Exists(Path.Combine(root, folder, "blobs")), $"{folder} wrote blobs to its folder");
                Assert.False(Directory.Exists(Path.Combine(root, folder, "staged")), $"{folder} staged documents in its folder");
            }
        }
        finally
        {
            await TestDatabases.DropAsync(database);
            Directory.Delete(root, recursive: true);
        }
    }

    private static Dictionary<string, string?> WorkerSettings(string database, string folder) => new()
    {
        ["ConnectionStrings__Warehouse"] = database,
        ["Harvesting__StoreFolder"] = folder,
        ["Harvesting__HarvestWorkers"] = "2",
        ["Harvesting__ExtractionWorkers"] = "1",
        ["Harvesting__SchedulePollingInterval"] = "00:00:01",
        ["DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
        ["Dashboard__Users__0__Username"] = "operator",
        ["Dashboard__Users__0__PasswordHash"] = DashboardCredentials.Hash("correct horse battery staple"),
        ["Logging__LogLevel__Default"] = "Warning",
    };

    // The test enqueues as a dashboard-only host does: same database, no workers of its own.
    private static async Task<IHost> SchedulerAsync(string database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = database,
            ["Harvesting:RunWorkers"] = "false",
        });
        builder.Services.AddBudgetHarvestPipeline(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<string> SeedFileAsync(string root, string portal)
    {
        var path = Path.Combine(root, "seeds.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            format = SeedLoader.FormatName,
            units = Files.Select((file, i) => new { name = $"单位{i}", code = $"U{i}", region = "测试市", sources = new[] { new { folder = portal, files = file } } }),
        }));
        return path;
    }

    // The run's journal lives in the process that enqueued it, so the end is read from the queues.
    private static async Task WaitUntilIdleAsync(IServiceProvider services, int documents, WorkerProcess first, WorkerProcess second)
    {
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var catalog = services.GetRequiredService<IWarehouseCatalog>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < HarvestLimit)
        {
            var statistics = monitoring.GetStatistics();
            if (statistics.Enqueued + statistics.Processing + statistics.Scheduled == 0
                && (statistics.Failed > 0 || (await catalog.ListDocumentsAsync()).Count >= documents))
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The harvest did not finish within {HarvestLimit}.\nworker 1:\n{first.Log}\nworker 2:\n{second.Log}");
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(database);
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
