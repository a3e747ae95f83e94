using BudgetHarvest.Core.Narrative;
using BudgetHarvest.Extraction.Pipeline;
using BudgetHarvest.Extraction.Isolation;

namespace BudgetHarvest.Extraction.Sandbox;

/// <summary>The worker settings that make a worker extract as <see cref="BudgetExtractor"/> with the same options would.</summary>
public static class SandboxSettings
{
    /// <summary>
    /// Worker settings from in-process options. A classifier cannot cross the process boundary, so the
    /// worker loads its own: headings only when the host uses <see cref="HeadingRulesClassifier"/>,
    /// the model file at <paramref name="modelPath"/> when given, the shipped ML.NET model otherwise.
    /// </summary>
    public static WorkerSettings From(ExtractionOptions options, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WorkerSettings
        {
            DocumentTimeout = options.DocumentTimeout,
            AllTables = options.AllTables,
            UnreadableShare = options.UnreadableShare,
            MaxDecodedStreamBytes = options.MaxDecodedStreamBytes,
            Classifier = modelPath is not null ? WorkerClassifier.ModelFile
                : options.SectionClassifier is HeadingRulesClassifier ? WorkerClassifier.Headings
                : WorkerClassifier.ShippedModel,
            ModelPath = modelPath is null ? null : Path.GetFullPath(modelPath),
        };
    }
}
