using BudgetHarvest.Classification;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Extraction.Mapping;
using BudgetHarvest.Extraction.Sandbox;
using BudgetHarvest.Harvesting.Hosting;
using BudgetHarvest.Validation;
using BudgetHarvest.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Pipeline;

/// <summary>
/// The composition root of the pipeline, shared by every host (serve, the CLI's harvest, the
/// benchmarks), so all of them fetch, extract, validate and load the same way. Hosts add only host
/// things (HTTP, sign-in, the console) around it.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the whole pipeline from configuration: the warehouse (PostgreSQL or DuckDB), the
    /// validation stage as the pipeline's <see cref="IDocumentValidator"/> (which the warehouse also
    /// re-validates corrected documents with), the mapping stage as the warehouse's
    /// <see cref="ITableRemapper"/>, the shipped ML.NET
    /// section classifier, sandboxed extraction (<c>Extraction:Sandbox</c>), and harvesting with its
    /// stores, jobs, job filter and Hangfire storage and workers.
    /// </summary>
    /// <remarks>
    /// Each stage registers itself with its own <c>AddX</c>, called here in dependency order: the
    /// stages that provide a seam (validator, classifier, extractor) come before harvesting, which
    /// falls back to its defaults only for a seam nobody provided. A new stage adds its
    /// <c>AddX(configuration)</c> call here, not in the hosts.
    /// </remarks>
    public static IServiceCollection AddBudgetHarvestPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBudgetWarehouse(configuration);
        services.AddFigureValidation();
        services.AddTableRemapping();
        services.AddShippedSectionClassifier();
        services.AddSandboxedExtraction(configuration);
        services.AddBudgetHarvesting(configuration);
        return services;
    }

    /// <summary>The validation stage (<see cref="DocumentValidator"/>, default rules) as the pipeline's validator.</summary>
    public static IServiceCollection AddFigureValidation(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentValidator>(new DocumentValidator());
        return services;
    }

    /// <summary>The extraction's grid → rows stage as the warehouse's <see cref="ITableRemapper"/>: a table a reviewer re-types is mapped again as its new kind.</summary>
    public static IServiceCollection AddTableRemapping(this IServiceCollection services)
    {
        services.AddSingleton<ITableRemapper>(new TableRemapper());
        return services;
    }

    /// <summary>The ML.NET section classifier shipped with the build, loaded on first use.</summary>
    public static IServiceCollection AddShippedSectionClassifier(this IServiceCollection services)
    {
        services.AddSingleton<ISectionClassifier>(_ => SectionModel.LoadShipped());
        return services;
    }
}
