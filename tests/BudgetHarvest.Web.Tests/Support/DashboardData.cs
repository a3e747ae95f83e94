using System.Text.Json;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Pipeline;
using BudgetHarvest.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>
/// What a served dashboard works on, a warehouse (a DuckDB file, or a PostgreSQL database) and a
/// blob store, filled by harvesting real files through the real pipeline (Hangfire jobs: fetch →
/// extract → validate → load): public disclosures (ok, or with validation warnings), a
/// password-protected PDF (failed), an empty file (a source that yields no document), and one
/// disclosure harvested with no time to extract it (failed with <c>timeout</c>, which a retry fixes).
/// </summary>
internal sealed class DashboardData : IDisposable
{
    /// <summary>Harvested with a zero extraction time limit: stored as failed (timeout) with its PDF.</summary>
    public const string TimedOutFile = "0009-baoji-tushuguan-2021.pdf";

    public const string EncryptedFile = "encrypted-with-password.pdf";

    public const string EmptyFile = "empty.pdf";

    /// <summary>The seed document: its figures hold seven real inconsistencies, so it loads with warnings.</summary>
    public const string WarningFile = "0000-baoji-bigdata-2023.pdf";

    private static readonly TimeSpan HarvestLimit = TimeSpan.FromMinutes(5);

    private static readonly Seed[] Seeds =
    [
        new(WarningFile, "宝鸡市大数据管理中心", "621002", "宝鸡市"),
        new("0008-xianyang-tushuguan-2023.pdf", "咸阳市图书馆", "312007", "咸阳市"),
        new("0002-weinan-gonglu-2023.pdf", "渭南市公路管理局", "314008", "渭南市"),
        new(EncryptedFile, "铜川市统计局", "330", "铜川市"),
        new(EmptyFile, "汉中市应急管理局", "345", "汉中市"),
    ];

    private static readonly Seed TimedOut = new(TimedOutFile, "宝鸡市图书馆", "312012", "宝鸡市");

    private DashboardData(string root, string? postgresConnectionString)
    {
        Root = root;
        PostgresConnectionString = postgresConnectionString;
    }

    public string Root { get; }

    /// <summary>The warehouse database, when it is PostgreSQL (Hangfire's queues then live there too).</summary>
    public string? PostgresConnectionString { get; }

    public string DuckDbPath => Path.Combine(Root, "warehouse.duckdb");

    public string StoreFolder => Path.Combine(Root, "store");

    public string PdfFolder => Path.Combine(Root, "pdfs");

    /// <summary>The settings that point a host at this data.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Warehouse"] = PostgresConnectionString ?? "",
        ["Warehouse:DuckDbPath"] = DuckDbPath,
        ["Harvesting:StoreFolder"] = StoreFolder,
        ["Harvesting:SchedulePollingInterval"] = "00:00:01",
        ["Harvesting:HarvestWorkers"] = "2",
        ["Harvesting:ExtractionWorkers"] = "2",
    };

    /// <summary>A new, empty folder for a warehouse that the caller fills (e.g. <see cref="CorpusDashboard"/>).</summary>
    public static DashboardData Empty() => new(Directory.CreateTempSubdirectory("bh-web-").FullName, null);

    /// <summary>Harvests the fixtures into a new folder (and, when given, a PostgreSQL database).</summary>
    public static async Task<DashboardData> SeedAsync(string? postgresConnectionString = null)
    {
        var data = new DashboardData(Directory.CreateTempSubdirectory("bh-web-").FullName, postgresConnectionString);
        Directory.CreateDirectory(data.PdfFolder);
        foreach (var seed in Seeds.Append(TimedOut))
        {
            var target = Path.Combine(data.PdfFolder, seed.File);
            switch (seed.File)
            {
                case EmptyFile: await File.WriteAllBytesAsync(target, []); break;
                case EncryptedFile: File.Copy(Path.Combine(Fixtures.Folder, "bad", EncryptedFile), target); break;
                default: File.Copy(Fixtures.Public(seed.File), target); break;
            }
        }

        // First the document whose extraction runs out of time, then the rest with the normal limit.
        await data.HarvestAsync([TimedOut], new() { ["Harvesting:ExtractionTimeout"] = "00:00:00" });
        await data.HarvestAsync(Seeds, []);
        return data;
    }

    /// <summary>A copy of a DuckDB-backed folder, so a test that retries or reviews changes only its own data.</summary>
    public DashboardData Copy()
    {
        if (PostgresConnectionString is not null)
        {
            throw new InvalidOperationException("A PostgreSQL database is not copied; seed another.");
        }

        var copy = new DashboardData(Directory.CreateTempSubdirectory("bh-web-").FullName, null);
        CopyFolder(Root, copy.Root);
        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a host shutting down; the temp folder is cleaned by the system.
        }
    }

    private async Task HarvestAsync(IReadOnlyList<Seed> seeds, Dictionary<string, string?> settings)
    {
        var seedFile = Path.Combine(Root, $"seeds-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(seedFile, SeedJson(seeds));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(Settings);
        // The seeding run's queue lives in its process; the served host uses its own storage.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Harvesting:JobStorage"] = "InMemory" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBudgetHarvestPipeline(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        try
        {
            using var limit = new CancellationTokenSource(HarvestLimit);
            var runId = await host.Services.GetRequiredService<HarvestScheduler>().StartRunAsync(SeedLoader.Load(seedFile), HarvestRunRecorder.CliTrigger, limit.Token);
            var summary = await host.Services.GetRequiredService<HarvestRunMonitor>().WaitAsync(runId, cancellationToken: limit.Token);
            // Kept in the run history, as the CLI keeps its runs: the health page charts them.
            await host.Services.GetRequiredService<HarvestRunRecorder>().CloseAsync(runId, limit.Token);
            if (!summary.IsComplete || summary.Documents != seeds.Count)
            {
                throw new InvalidOperationException($"The seeding harvest did not finish: {summary}");
            }
        }
        finally
        {
            await host.StopAsync();
            // The warehouse is only asynchronously disposable, and the DuckDB file must be closed before a served host opens it.
            await ((IAsyncDisposable)host).DisposeAsync();
        }
    }

    private string SeedJson(IEnumerable<Seed> seeds) => JsonSerializer.Serialize(new
    {
        format = SeedLoader.FormatName,
        units = seeds.Select(s => new
        {
            name = s.Unit,
            code = s.Code,
            region = s.Region,
            sources = new[] { new { folder = PdfFolder, files = s.File } },
        }),
    });

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    private sealed record Seed(string File, string Unit, string Code, string Region);
}
