using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Hosting;

/// <summary>
/// The one place that decides where the harvest stores live (<see cref="HarvestingOptions.Store"/>):
/// the blob store, the staged documents and the conditional-GET state all go to the same place, the
/// folder or PostgreSQL, so a worker never reads one from a machine-local folder and another from the database.
/// </summary>
public static class HarvestStoreSelection
{
    /// <summary>
    /// The connection strings looked up, in order, for a PostgreSQL store: its own, else the
    /// warehouse's (the PDFs beside the documents made from them), else Hangfire's.
    /// </summary>
    public static readonly string[] ConnectionNames = ["HarvestStore", "Warehouse", "Hangfire"];

    /// <summary>The PostgreSQL connection string of the harvest stores, or null for the folder.</summary>
    /// <exception cref="InvalidOperationException">A PostgreSQL store is asked for but no connection string is configured.</exception>
    public static string? ConnectionString(IConfiguration configuration)
    {
        var store = configuration.GetValue($"{HarvestingOptions.Section}:{nameof(HarvestingOptions.Store)}", HarvestStore.Auto);
        var connectionString = ConnectionNames.Select(configuration.GetConnectionString).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));
        return store switch
        {
            HarvestStore.Folder => null,
            HarvestStore.PostgreSql => connectionString ?? throw new InvalidOperationException(
                $"Harvesting:Store is PostgreSql, but none of ConnectionStrings:{string.Join(", ConnectionStrings:", ConnectionNames)} is set."),
            _ => connectionString,
        };
    }

    /// <summary>Registers the blob store, staged documents and source states (unless the host registered its own).</summary>
    public static IServiceCollection AddHarvestStores(this IServiceCollection services, IConfiguration configuration)
    {
        if (ConnectionString(configuration) is { } connectionString)
        {
            services.TryAddSingleton(_ => new HarvestStoreDatabase(connectionString));
            services.TryAddSingleton<IBlobStore>(sp => new PostgresBlobStore(
                sp.GetRequiredService<HarvestStoreDatabase>(), sp.GetRequiredService<IOptions<HarvestingOptions>>().Value.StoreChunkBytes));
            services.TryAddSingleton<ISourceStateStore>(sp => new PostgresSourceStateStore(sp.GetRequiredService<HarvestStoreDatabase>()));
            services.TryAddSingleton<IStagedDocuments>(sp => new PostgresStagedDocuments(sp.GetRequiredService<HarvestStoreDatabase>()));
        }
        else
        {
            services.TryAddSingleton<IBlobStore>(sp => new FileBlobStore(Folder(sp)));
            services.TryAddSingleton<ISourceStateStore>(sp => new FileSourceStateStore(Folder(sp)));
            services.TryAddSingleton<IStagedDocuments>(sp => new FileStagedDocuments(Folder(sp)));
        }

        return services;
    }

    private static string Folder(IServiceProvider services) =>
        Path.GetFullPath(services.GetRequiredService<IOptions<HarvestingOptions>>().Value.StoreFolder);
}
