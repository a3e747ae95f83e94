using System.Text;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>Harvesting with its Hangfire workers running, over an in-memory warehouse, as a host runs it.</summary>
internal sealed class HarvestHarness : IAsyncDisposable
{
    /// <summary>No test harvest may take longer than this; a hang fails the test instead of stalling the run.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly List<IHostedService> _hosted;

    private HarvestHarness(ServiceProvider services, List<IHostedService> hosted)
    {
        Services = services;
        _hosted = hosted;
    }

    public ServiceProvider Services { get; }

    public IDocumentWarehouse Warehouse => Services.GetRequiredService<IDocumentWarehouse>();

    /// <summary>The warehouse, for harnesses started over an <see cref="InMemoryWarehouse"/>.</summary>
    public InMemoryWarehouse Memory => (InMemoryWarehouse)Warehouse;

    public JobStorage Storage => Services.GetRequiredService<JobStorage>();

    public static Task<HarvestHarness> StartAsync(string storeFolder, InMemoryWarehouse? warehouse = null, IDictionary<string, string?>? settings = null) =>
        StartAsync(TestServices.Build(storeFolder, warehouse ?? new InMemoryWarehouse(), settings));

    /// <summary>Starts the Hangfire workers of already built services.</summary>
    public static async Task<HarvestHarness> StartAsync(ServiceProvider services)
    {
        var hosted = services.GetServices<IHostedService>().ToList();
        var harness = new HarvestHarness(services, hosted);
        try
        {
            foreach (var service in hosted)
            {
                await service.StartAsync(CancellationToken.None);
            }
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }

        return harness;
    }

    public static SeedList Seeds(string json, string baseFolder) => SeedLoader.Parse(Encoding.UTF8.GetBytes(json), "test-seeds.json", baseFolder);

    /// <summary>Runs one harvest of the seeds to completion.</summary>
    public async Task<HarvestSummary> RunAsync(SeedList seeds)
    {
        var runId = await Services.GetRequiredService<HarvestScheduler>().StartRunAsync(seeds, HarvestRunRecorder.CliTrigger);
        using var limit = new CancellationTokenSource(RunLimit);
        return await Services.GetRequiredService<HarvestRunMonitor>().WaitAsync(runId, cancellationToken: limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        await Services.DisposeAsync();
    }
}
