using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Harvesting.Tests.Support;

/// <summary>
/// Harvesting wired exactly as a host wires it (<see cref="HarvestingServiceCollectionExtensions.AddBudgetHarvesting"/>),
/// with settings that keep fault tests short: 1 s attempts, 2 quick retries, an 8 MB size limit.
/// </summary>
internal static class TestServices
{
    public static Dictionary<string, string?> FastSettings(string storeFolder) => new()
    {
        ["Harvesting:StoreFolder"] = storeFolder,
        ["Harvesting:JobRetries"] = "0",
        ["Harvesting:HarvestWorkers"] = "4",
        ["Harvesting:ExtractionWorkers"] = "2",
        ["Harvesting:SchedulePollingInterval"] = "00:00:01",
        ["Harvesting:Fetch:AttemptTimeout"] = "00:00:01",
        ["Harvesting:Fetch:MaxRetries"] = "2",
        ["Harvesting:Fetch:RetryDelay"] = "00:00:00.020",
        ["Harvesting:Fetch:MaxBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Harvesting:Fetch:BreakerMinimumThroughput"] = "1000",
    };

    /// <summary>Harvesting over the given warehouse.</summary>
    public static ServiceProvider Build(string storeFolder, IDocumentWarehouse warehouse, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null) =>
        Build(storeFolder, overrides, (services, _) =>
        {
            services.AddSingleton(warehouse);
            if (warehouse is IHarvestRunLog runs)
            {
                services.AddSingleton(runs);
            }

            configure?.Invoke(services);
        });

    /// <summary>Harvesting with whatever <paramref name="configure"/> adds (a real warehouse, say) from the same configuration.</summary>
    public static ServiceProvider Build(string storeFolder, IDictionary<string, string?>? overrides, Action<IServiceCollection, IConfiguration> configure)
    {
        var settings = FastSettings(storeFolder);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        configure(services, configuration);
        services.AddBudgetHarvesting(configuration);
        return services.BuildServiceProvider();
    }
}
