using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using BudgetHarvest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace BudgetHarvest.Cli.Commands;

/// <summary>
/// One harvest run in this process: starts the Hangfire workers, enqueues every source, shows
/// progress until every document is accounted for, and prints the summary.
/// </summary>
internal sealed class HarvestRun(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(SeedList seeds, string? storeFolder, string? warehouse, CancellationToken cancellationToken)
    {
        using var host = BuildHost(storeFolder, warehouse);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        HarvestSummary summary;
        try
        {
            var runId = await host.Services.GetRequiredService<HarvestScheduler>().StartRunAsync(seeds, HarvestRunRecorder.CliTrigger, cancellationToken).ConfigureAwait(false);
            summary = await WaitWithProgressAsync(host.Services.GetRequiredService<HarvestRunMonitor>(), runId, cancellationToken).ConfigureAwait(false);
            await host.Services.GetRequiredService<HarvestRunRecorder>().CloseAsync(runId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        foreach (var failure in summary.Failures)
        {
            await error.WriteLineAsync($"failed: {Readable(failure.Location)}: {failure.Code}: {failure.Message}").ConfigureAwait(false);
        }

        if (!summary.IsComplete)
        {
            await error.WriteLineAsync($"warning: {summary.Outstanding} item(s) ended without reporting; see the job dashboard.").ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"harvested {summary.Sources} source(s): {summary.Documents} document(s) found, {summary.Fetched} fetched, " +
            $"{summary.New} new, {summary.Unchanged} unchanged, {summary.Failed} failed").ConfigureAwait(false);
        return summary.Failed == 0 && summary.IsComplete ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>A location as people read it: a local path for a file URI, other URIs with %-escapes decoded (Chinese file names).</summary>
    internal static string Readable(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri)
            ? uri.IsFile ? uri.LocalPath : Uri.UnescapeDataString(uri.AbsoluteUri)
            : location;

    internal static IHost BuildHost(string? storeFolder, string? warehouse)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Directory.GetCurrentDirectory(), DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Configuration.AddConfiguration(WarehouseHost.Configuration(warehouse));

        // A harvest command is a self-contained batch: its queue lives in this process, whatever the warehouse.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{HarvestingOptions.Section}:{nameof(HarvestingOptions.JobStorage)}"] = nameof(HarvestJobStorage.InMemory),
            [$"{HarvestingOptions.Section}:{nameof(HarvestingOptions.SchedulePollingInterval)}"] = "00:00:01",
        });
        // The command waits for its run, and Hangfire's retry delays (10 s, 1 min, 5 min …) would hold it
        // for minutes on one flaky host: fetching already retries transient failures within the request,
        // and the next run fetches again whatever failed. Configuration may still ask for job retries.
        var retries = $"{HarvestingOptions.Section}:{nameof(HarvestingOptions.JobRetries)}";
        builder.Configuration[retries] ??= "0";
        if (storeFolder is not null)
        {
            builder.Configuration[$"{HarvestingOptions.Section}:{nameof(HarvestingOptions.StoreFolder)}"] = storeFolder;
            // An explicit folder wins over a PostgreSQL store chosen by Auto from the warehouse's connection string.
            builder.Configuration[$"{HarvestingOptions.Section}:{nameof(HarvestingOptions.Store)}"] = nameof(HarvestStore.Folder);
        }

        builder.Services.AddBudgetHarvestPipeline(builder.Configuration);
        return builder.Build();
    }

    private async Task<HarvestSummary> WaitWithProgressAsync(HarvestRunMonitor monitor, string runId, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        HarvestSummary? summary = null;
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var sources = context.AddTask("sources");
            var documents = context.AddTask("documents");
            summary = await monitor.WaitAsync(runId, new SynchronousProgress(s =>
            {
                sources.MaxValue = Math.Max(1, s.Sources);
                sources.Value = s.SourcesDone;
                documents.MaxValue = Math.Max(1, s.Documents);
                documents.Value = s.DocumentsDone;
                documents.Description = $"documents ({s.New} new, {s.Unchanged} unchanged, {s.Failed} failed)";
            }), cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return summary!;
    }

    /// <summary>Reports on the caller's thread; <see cref="Progress{T}"/> would post to a thread pool.</summary>
    private sealed class SynchronousProgress(Action<HarvestSummary> report) : IProgress<HarvestSummary>
    {
        public void Report(HarvestSummary value) => report(value);
    }
}
