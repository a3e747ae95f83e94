using System.Diagnostics;
using System.Globalization;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BudgetHarvest.Benchmarks.Harvest;

/// <summary>
/// Harvests N distinct documents served from loopback end to end — index pages, fetch, extract,
/// validate, load into the embedded DuckDB warehouse — through the Hangfire workers as the CLI runs
/// them, then harvests again to show what an unchanged run costs. It does so once per harvest store:
/// the folder, and (given a PostgreSQL) the PostgreSQL store, in a schema of its own dropped afterwards;
/// the blob stores are also timed alone (<see cref="BlobStoreTiming"/>).
/// </summary>
/// <remarks>Issue target: 1,000 documents in ≤ 5 minutes on the 2-core machine.</remarks>
internal sealed class HarvestBenchmark : IBenchmark
{
    private const string PostgresVariable = "BUDGETHARVEST_BENCH_PG";

    public string Name => "harvest";

    public string Usage => $"[<pdf-folder>] [--documents N] [--pg CONNSTR (${PostgresVariable}, else $BUDGETHARVEST_TEST_PG)] [--no-pg] [--in-process]  wall time and documents/s of a whole harvest from loopback, folder vs PostgreSQL store (default fixtures/public, 1000; extraction sandboxed as the hosts run it)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var folder = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "fixtures/public";
        var documents = args.SkipWhile(a => a != "--documents").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1000);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"harvest: no folder {folder}; give a folder of corpus PDFs, e.g. fixtures/public");
            return 2;
        }

        var corpus = new List<byte[]>();
        foreach (var file in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            corpus.Add(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
        }

        var sandboxed = !args.Contains("--in-process");
        var pg = args.Contains("--no-pg") ? null
            : args.SkipWhile(a => a != "--pg").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable(PostgresVariable) ?? Environment.GetEnvironmentVariable("BUDGETHARVEST_TEST_PG");
        await using var server = await CorpusServer.StartAsync(corpus, documents).ConfigureAwait(false);
        Console.WriteLine($"{documents} distinct documents ({corpus.Count} corpus PDFs made distinct) on {server.Units} index pages at {server.BaseUri}; " +
            $"{Environment.ProcessorCount} cores; extraction {(sandboxed ? "in worker processes" : "in-process")}");
        var ok = await RunWithStoreAsync("folder", server, corpus, documents, sandboxed, new() { ["Harvesting:Store"] = nameof(HarvestStore.Folder) }, cancellationToken).ConfigureAwait(false);
        if (pg is null)
        {
            Console.Error.WriteLine($"PostgreSQL store skipped: pass --pg or set {PostgresVariable} (an Npgsql connection string that may create schemas).");
            return ok ? 0 : 1;
        }

        // A schema of its own, so the store starts empty and nothing is left behind.
        var schema = $"bench_store_{DateTime.UtcNow:yyyyMMddHHmmss}";
        var inSchema = new NpgsqlConnectionStringBuilder(pg) { SearchPath = schema }.ConnectionString;
        await ExecuteAsync(pg, $"CREATE SCHEMA {schema}", cancellationToken).ConfigureAwait(false);
        try
        {
            ok &= await RunWithStoreAsync("postgresql", server, corpus, documents, sandboxed, new()
            {
                ["Harvesting:Store"] = nameof(HarvestStore.PostgreSql),
                ["ConnectionStrings:HarvestStore"] = inSchema,
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(pg, $"DROP SCHEMA IF EXISTS {schema} CASCADE", CancellationToken.None).ConfigureAwait(false);
        }

        return ok ? 0 : 1;
    }

    private static async Task<bool> RunWithStoreAsync(string store, CorpusServer server, IReadOnlyList<byte[]> corpus, int documents, bool sandboxed, Dictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("budgetharvest-bench-");
        try
        {
            using var host = BuildHost(work.FullName, sandboxed, settings);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var seeds = Seeds(server);
            Console.WriteLine($"-- {store} store");
            var first = PeakMemory.Measure(() => Harvest(host, seeds, cancellationToken), out var peak);
            Report("first harvest", first, documents);
            Console.WriteLine($"  peak memory {peak / 1024.0 / 1024.0:0} MB");
            var second = Harvest(host, seeds, cancellationToken);
            Report("second harvest (unchanged)", second, documents);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            // Fresh blobs (other bytes than the harvest's), through the same store the host used.
            await BlobStoreTiming.ReportAsync(store, host.Services.GetRequiredService<IBlobStore>(), corpus, documents, cancellationToken).ConfigureAwait(false);
            return first.Summary.New == documents && second.Summary.New == 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (HarvestSummary Summary, TimeSpan Elapsed) Harvest(IHost host, SeedList seeds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var runId = host.Services.GetRequiredService<HarvestScheduler>().StartRunAsync(seeds, "benchmark", cancellationToken).GetAwaiter().GetResult();
        var summary = host.Services.GetRequiredService<HarvestRunMonitor>().WaitAsync(runId, cancellationToken: cancellationToken).GetAwaiter().GetResult();
        return (summary, clock.Elapsed);
    }

    private static void Report(string what, (HarvestSummary Summary, TimeSpan Elapsed) run, int documents)
    {
        var s = run.Summary;
        Console.WriteLine($"{what,-28} {run.Elapsed.TotalSeconds,8:0.0} s  {documents / run.Elapsed.TotalSeconds,8:0.0} documents/s  " +
            $"(fetched {s.Fetched}, new {s.New}, unchanged {s.Unchanged}, failed {s.Failed}; target ≤ 300 s for 1,000)");
        foreach (var failure in s.Failures.Take(5))
        {
            Console.WriteLine($"  failed: {failure.Location}: {failure.Code}: {failure.Message}");
        }
    }

    private static SeedList Seeds(CorpusServer server) =>
        new("benchmark", [.. Enumerable.Range(0, server.Units).Select(unit => new UnitSeed(
            new UnitRef($"基准单位{unit}", $"B{unit:0000}", "基准主管部门", "基准市"),
            [new SeedSource(SourceKind.Index, server.UnitPage(unit).AbsoluteUri, LinkRules.Default)],
            null))]);

    /// <summary>The benchmark's host: the pipeline every host runs, on a folder of its own, extraction sandboxed or in-process.</summary>
    internal static IHost BuildHost(string storeFolder, bool sandboxed, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Harvesting:StoreFolder"] = Path.Combine(storeFolder, "store"),
            ["Harvesting:JobStorage"] = nameof(HarvestJobStorage.InMemory),
            ["Harvesting:SchedulePollingInterval"] = "00:00:01",
            ["Warehouse:DuckDbPath"] = Path.Combine(storeFolder, "warehouse.duckdb"),
            [$"{SandboxOptions.Section}:{nameof(SandboxOptions.Enabled)}"] = sandboxed ? "true" : "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBudgetHarvestPipeline(builder.Configuration);
        return builder.Build();
    }
}
