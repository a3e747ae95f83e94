using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BudgetHarvest.Warehouse;

/// <summary>Registers the warehouse with dependency injection.</summary>
public static class WarehouseServiceCollectionExtensions
{
    /// <summary>
    /// Registers one warehouse as a singleton behind <see cref="IDocumentWarehouse"/> (harvesting),
    /// <see cref="IWarehouseCatalog"/> (dashboard) and <see cref="DocumentWarehouse"/>, and a read-only,
    /// sandboxed reader of it behind <see cref="IWarehouseSql"/> (analysts' SQL): PostgreSQL when <c>ConnectionStrings:Warehouse</c> is set,
    /// otherwise the DuckDB file at <c>Warehouse:DuckDbPath</c>. See <see cref="WarehouseOptions"/>.
    /// The <see cref="ITableRemapper"/> and <see cref="IDocumentValidator"/> registered (by the pipeline),
    /// if any, re-map re-typed tables and re-validate corrected documents.
    /// </summary>
    public static IServiceCollection AddBudgetWarehouse(this IServiceCollection services, IConfiguration configuration)
    {
        var options = WarehouseOptions.From(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(sp => options.CreateWarehouse(sp.GetRequiredService<TimeProvider>())
            .WithCorrectionStages(sp.GetService<ITableRemapper>(), sp.GetService<IDocumentValidator>()));
        services.AddSingleton<IDocumentWarehouse>(sp => sp.GetRequiredService<DocumentWarehouse>());
        services.AddSingleton<IWarehouseCatalog>(sp => sp.GetRequiredService<DocumentWarehouse>());
        services.AddSingleton<IHarvestRunLog>(sp => sp.GetRequiredService<DocumentWarehouse>());
        services.AddTransient<Monitoring.UnitCoverage>();
        services.AddTransient<Monitoring.HarvestHistory>();
        services.AddSingleton<IWarehouseSql>(_ => options.CreateReader(Reading.DuckDbReadAccess.Sandboxed));
        return services;
    }
}
