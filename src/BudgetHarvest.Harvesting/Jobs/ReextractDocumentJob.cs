using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Failures;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// An operator's Retry: extracts a stored document again from its PDF in the blob store, validates
/// it and replaces the stored extraction of the same SHA-256 (provenance kept, review cleared).
/// Not an <see cref="IHarvestJob"/>, so never retried automatically: its outcome is what the operator asked to see.
/// </summary>
[Queue(HarvestQueues.Extract)]
public sealed class ReextractDocumentJob(IWarehouseCatalog catalog, IDocumentWarehouse warehouse, IBlobStore blobs, IDocumentExtractor extractor, IDocumentValidator validator)
{
    [JobDisplayName("Re-extract {0}")]
    public async Task<string> RunAsync(string sha256, CancellationToken cancellationToken)
    {
        var stored = await catalog.FindDocumentAsync(sha256, cancellationToken).ConfigureAwait(false)
            ?? throw new ReextractionException($"No document {sha256} is stored; nothing to re-extract.");
        var bytes = await blobs.ReadAllAsync(sha256, cancellationToken).ConfigureAwait(false)
            ?? throw new ReextractionException($"The PDF of {stored.File} ({sha256}) is not in the blob store; harvest it again to re-extract it.");

        var document = await extractor.ExtractAsync(bytes, stored.File, cancellationToken).ConfigureAwait(false);
        validator.ValidateExtracted(document);
        await warehouse.ReplaceAsync(document, cancellationToken).ConfigureAwait(false);
        return $"re-extracted {stored.File}: {DocumentStatuses.Name(DocumentStatuses.Of(document))}, {document.Tables.Count} table(s), {document.Issues.Count} issue(s)";
    }
}

/// <summary>A re-extraction that cannot run (the document or its PDF is gone); running it again would fail the same way.</summary>
public sealed class ReextractionException : BudgetHarvestException
{
    /// <summary>The code of every re-extraction that cannot run.</summary>
    public const string Impossible = "reextraction_impossible";

    public ReextractionException()
        : base(Impossible, "The document cannot be re-extracted.")
    {
    }

    public ReextractionException(string message)
        : base(Impossible, message)
    {
    }

    public ReextractionException(string message, Exception innerException)
        : base(Impossible, message, innerException)
    {
    }
}
