using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Harvesting.Storage;

/// <summary>The pipeline steps whose output is handed to the next job.</summary>
public enum Stage
{
    /// <summary>Written by the extract job.</summary>
    Extracted,

    /// <summary>Written by the validate job: the extraction plus validation issues.</summary>
    Validated,
}

/// <summary>
/// Documents between jobs, keyed by source SHA-256 and stage. Each job reads the previous stage and
/// writes its own, so running a job twice writes the same thing twice and changes nothing.
/// </summary>
public interface IStagedDocuments
{
    /// <summary>Stores (or replaces) a stage's output.</summary>
    Task SaveAsync(Stage stage, BudgetDocument document, CancellationToken cancellationToken = default);

    /// <summary>True when the stage's output is stored.</summary>
    bool Contains(Stage stage, string sha256);

    /// <summary>A stage's output, or null when there is none.</summary>
    Task<BudgetDocument?> GetAsync(Stage stage, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Forgets every stage of a document (after it is loaded).</summary>
    Task DeleteAsync(string sha256, CancellationToken cancellationToken = default);
}
