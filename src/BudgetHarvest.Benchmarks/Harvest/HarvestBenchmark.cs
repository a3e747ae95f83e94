using System.Diagnostics;
using System.Globalization;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Harvesting.Validation;
using BudgetHarvest.Validation;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BudgetHarvest.Benchmarks.Harvest;

/// <summary>
/// Harvests N distinct documents served from loopback end to end — index pages, fetch, extract,
/// validate, load into the embedded DuckDB warehouse — through the Hangfire workers as the CLI runs
/// them, then harvests again to show what an unchanged run costs.
/// </summary>
/// <remarks>Issue target: 1,000 documents in ≤ 5 minutes on the 2-core machine.</remarks>
internal sealed class HarvestBenchmark : IBenchmark
{
    public string Name => "harvest";

    public string Usage => "[<pdf-folder>] [--documents N] [--in-process]  wall time and documents/s of a whole harvest from loopback (default fixtures/public, 1000; extraction sandboxed as the hosts run it)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var folder = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "fixtures/public";
        var documents = args.SkipWhile(a => a != "--documents").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1000);
        var sandboxed = !args.Contains("--in-process");
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

        await using var server = await CorpusServer.StartAsync(corpus, documents).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("budgetharvest-bench-");
        try
        {
            using var host = BuildHost(work.FullName, sandboxed);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var seeds = Seeds(server);
            Console.WriteLine($"{documents} distinct documents ({corpus.Count} corpus PDFs made distinct) on {server.Units} index pages at {server.BaseUri}; " +
                $"{Environment.ProcessorCount} cores; extraction {(sandboxed ? "in worker processes" : "in-process")}");

            var first = PeakMemory.Measure(() => Harvest(host, seeds, cancellationToken), out var peak);
            Report("first harvest", first, documents);
            Console.WriteLine($"  peak memory {peak / 1024.0 / 1024.0:0} MB");
            var second = Harvest(host, seeds, cancellationToken);
            Report("second harvest (unchanged)", second, documents);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return first.Summary.New == documents && second.Summary.New == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (HarvestSummary Summary, TimeSpan Elapsed) Harvest(IHost host, SeedList seeds, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var runId = host.Services.GetRequiredService<HarvestScheduler>().StartRun(seeds);
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

    private static IHost BuildHost(string storeFolder, bool sandboxed)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Harvesting:StoreFolder"] = Path.Combine(storeFolder, "store"),
            ["Harvesting:JobStorage"] = nameof(HarvestJobStorage.InMemory),
            ["Harvesting:SchedulePollingInterval"] = "00:00:01",
            ["Warehouse:DuckDbPath"] = Path.Combine(storeFolder, "warehouse.duckdb"),
        });
        builder.Services.AddBudgetWarehouse(builder.Configuration);
        var validator = new DocumentValidator();
        builder.Services.AddSingleton<IDocumentValidator>(new ValidatorFunction(document => validator.Validate(document).Issues));
        if (sandboxed)
        {
            builder.Services.AddSandboxedExtraction(builder.Configuration);
        }

        builder.Services.AddBudgetHarvesting(builder.Configuration);
        return builder.Build();
    }
}
