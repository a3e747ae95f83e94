using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Harvesting.Jobs;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Pipeline.Tests;

/// <summary>
/// What a container runs as the pipeline, by the concrete type behind each seam: two containers with
/// the same signature fetch, extract, classify, validate, load and retry the same way.
/// </summary>
internal static class PipelineSignature
{
    public static IReadOnlyDictionary<string, string> Of(IServiceProvider services) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["warehouse"] = Name(services.GetRequiredService<IDocumentWarehouse>()),
        ["catalog"] = Name(services.GetRequiredService<IWarehouseCatalog>()),
        ["validator"] = Name(services.GetRequiredService<IDocumentValidator>()),
        ["classifier"] = Name(services.GetRequiredService<ISectionClassifier>()),
        ["extraction classifier"] = Name(services.GetRequiredService<ExtractionOptions>().SectionClassifier),
        ["extractor"] = Name(services.GetRequiredService<IDocumentExtractor>()),
        ["job filters"] = Name(services.GetRequiredService<IJobFilterProvider>()),
        ["pipeline jobs"] = string.Join(", ", services.GetServices<HarvestJobRegistration>().Select(r => r.JobType.Name).Order(StringComparer.Ordinal)),
        ["re-extraction"] = Name(services.GetRequiredService<ReextractDocumentJob>()),
    };

    private static string Name(object? service) => service?.GetType().FullName ?? "(none)";
}
