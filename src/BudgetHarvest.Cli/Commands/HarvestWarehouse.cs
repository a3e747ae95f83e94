using BudgetHarvest.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetHarvest.Cli.Commands;

/// <summary>The warehouse a harvest loads into.</summary>
internal static class HarvestWarehouse
{
    /// <summary>
    /// Registers the warehouse. Until the warehouse stage lands this is <see cref="RunOnlyWarehouse"/>:
    /// the run's documents are counted and deduplicated, but not kept after the command ends.
    /// </summary>
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.TryAddSingleton<IDocumentWarehouse, RunOnlyWarehouse>();
    }
}
