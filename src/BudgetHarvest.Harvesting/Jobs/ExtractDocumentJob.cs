using BudgetHarvest.Core.Extraction;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Extracts a fetched PDF and stages the document for validation. A PDF that cannot be extracted
/// still yields a document (with the error issue), which goes on to be loaded so reviewers see why.
/// Failures are retried or recorded by the <see cref="HarvestJobFilter"/>.
/// </summary>
[Queue(HarvestQueues.Extract)]
public sealed class ExtractDocumentJob(IDocumentExtractor extractor, IBlobStore blobs, IStagedDocuments staged, IDocumentWarehouse warehouse) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments) => DocumentTicket.FailedItemOfFirst(arguments);

    [JobDisplayName("Extract {0}")]
    public async Task<string> RunAsync(DocumentTicket ticket, CancellationToken cancellationToken)
    {
        if (staged.Contains(Stage.Extracted, ticket.Sha256) || await warehouse.ContainsAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false))
        {
            return "already extracted";
        }

        var bytes = await blobs.ReadAllAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false)
            ?? throw new HarvestFailedException("blob_missing", $"The fetched PDF {ticket.Sha256} is no longer in the blob store; the next harvest fetches it again.");
        var document = await extractor.ExtractAsync(bytes, ticket.FileName, cancellationToken).ConfigureAwait(false);
        await staged.SaveAsync(Stage.Extracted, document, cancellationToken).ConfigureAwait(false);
        return document.Issues.Find(i => i.Severity == Core.Model.IssueSeverity.Error) is { } error
            ? $"extraction failed: {error.Code}: {error.Message}"
            : $"extracted {document.Tables.Count} table(s) from {document.Source.Pages} page(s)";
    }
}
