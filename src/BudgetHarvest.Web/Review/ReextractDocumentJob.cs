using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Validation;
using BudgetHarvest.Warehouse;
using Hangfire;

namespace BudgetHarvest.Web.Review;

/// <summary>
/// An operator's Retry: extracts a stored document again from its PDF in the blob store, validates
/// it and replaces the stored extraction of the same SHA-256 (provenance kept, review cleared).
/// Not retried automatically: its outcome is what the operator asked to see.
/// </summary>
[Queue(HarvestQueues.Extract)]
[AutomaticRetry(Attempts = 0)]
public sealed class ReextractDocumentJob(IWarehouseCatalog catalog, DocumentWarehouse warehouse, IBlobStore blobs, IDocumentExtractor extractor, IDocumentValidator validator)
{
    [JobDisplayName("Re-extract {0}")]
    public async Task<string> RunAsync(string sha256, CancellationToken cancellationToken)
    {
        var stored = await catalog.FindDocumentAsync(sha256, cancellationToken).ConfigureAwait(false)
            ?? throw new ReextractionException($"No document {sha256} is stored; nothing to re-extract.");

        byte[] bytes;
        try
        {
            await using var blob = blobs.OpenRead(sha256);
            bytes = new byte[blob.Length];
            await blob.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (FileNotFoundException e)
        {
            throw new ReextractionException($"The PDF of {stored.File} ({sha256}) is not in the blob store; harvest it again to re-extract it.", e);
        }

        var document = await extractor.ExtractAsync(bytes, stored.File, cancellationToken).ConfigureAwait(false);
        if (!document.HasErrors)
        {
            document.Issues.AddRange(validator.Validate(document));
        }

        await warehouse.ReplaceAsync(document, cancellationToken).ConfigureAwait(false);
        return $"re-extracted {stored.File}: {DocumentStatuses.Name(DocumentStatuses.Of(document))}, {document.Tables.Count} table(s), {document.Issues.Count} issue(s)";
    }
}

/// <summary>A re-extraction that cannot run (the document or its PDF is gone); running it again would fail the same way.</summary>
public sealed class ReextractionException(string message, Exception? inner = null) : Exception(message, inner)
{
    public bool IsTransient => false;
}
