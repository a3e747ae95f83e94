using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;
using Hangfire.Server;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Extracts a fetched PDF and stages the document for validation. A PDF that cannot be extracted
/// still yields a document (with the error issue), which goes on to be loaded so reviewers see why.
/// </summary>
[Queue(HarvestQueues.Extract)]
[AutomaticRetry(Attempts = 10, DelaysInSeconds = [10, 60, 300, 900, 1800, 3600], OnlyOn = [typeof(RetryableHarvestException)])]
public sealed class ExtractDocumentJob(IDocumentExtractor extractor, IBlobStore blobs, IStagedDocuments staged, IDocumentWarehouse warehouse, DocumentFailureRecorder recorder, JobFailurePolicy failures)
{
    [JobDisplayName("Extract {0}")]
    public async Task<string> RunAsync(DocumentTicket ticket, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            if (staged.Contains(Stage.Extracted, ticket.Sha256) || await warehouse.ContainsAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false))
            {
                return "already extracted";
            }

            byte[] bytes;
            try
            {
                await using var blob = blobs.OpenRead(ticket.Sha256);
                bytes = new byte[blob.Length];
                await blob.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (FileNotFoundException e)
            {
                throw new HarvestFailedException("blob_missing", $"The fetched PDF {ticket.Sha256} is no longer in the blob store; the next harvest fetches it again.", e);
            }

            var document = await extractor.ExtractAsync(bytes, ticket.FileName, cancellationToken).ConfigureAwait(false);
            await staged.SaveAsync(Stage.Extracted, document, cancellationToken).ConfigureAwait(false);
            return document.Issues.Find(i => i.Severity == Core.Model.IssueSeverity.Error) is { } error
                ? $"extraction failed: {error.Code}: {error.Message}"
                : $"extracted {document.Tables.Count} table(s) from {document.Source.Pages} page(s)";
        }
        catch (Exception e) when (e is not OperationCanceledException and not RetryableHarvestException)
        {
            throw await failures.ResolveAsync(e, context, (code, message) => recorder.RecordAsync(ticket, code, message, cancellationToken)).ConfigureAwait(false);
        }
    }
}
