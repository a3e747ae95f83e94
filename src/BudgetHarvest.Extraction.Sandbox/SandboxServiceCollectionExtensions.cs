using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Extraction.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>Registers sandboxed extraction in a host.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="IDocumentExtractor"/> a <see cref="SandboxedExtractor"/> over the host's
    /// <see cref="ExtractionOptions"/> (registered by harvesting), with the limits of
    /// <c>Extraction:Sandbox</c>; in-process when <c>Extraction:Sandbox:Enabled</c> is false.
    /// Replaces any extractor registered before; one registered later with TryAdd does not replace it.
    /// </summary>
    public static IServiceCollection AddSandboxedExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());
        services.RemoveAll<IDocumentExtractor>();
        services.AddSingleton<IDocumentExtractor>(sp =>
        {
            var sandbox = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            var extraction = sp.GetRequiredService<ExtractionOptions>();
            return sandbox.Enabled ? new SandboxedExtractor(sandbox, SandboxSettings.From(extraction)) : new BudgetExtractor(extraction);
        });
        return services;
    }
}
