using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Loads a validated document into the warehouse with its provenance. A document whose extraction
/// failed is loaded too (the dashboard lists it with its reason) and then fails this job for good,
/// so Hangfire shows it as Failed without retrying it. A document refused as no budget disclosure
/// (<see cref="DocumentRefusal"/>) is stored too, so reviewers find it as refused with its reason, but as a
/// failed document it never becomes a unit-year's latest budget; it is also recorded as a source failure.
/// Loading the same SHA-256 twice changes nothing. Failures are retried or recorded by the <see cref="HarvestJobFilter"/>.
/// </summary>
[Queue(HarvestQueues.Harvest)]
public sealed class LoadDocumentJob(IStagedDocuments staged, IDocumentWarehouse warehouse, HarvestRunReporter reports) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments) => DocumentTicket.FailedItemOfFirst(arguments);

    [JobDisplayName("Load {0}")]
    public async Task<string> RunAsync(DocumentTicket ticket, CancellationToken cancellationToken)
    {
        var document = await staged.GetAsync(Stage.Validated, ticket.Sha256, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            // The same PDF under another URL got here first (or this job ran before): nothing left to do.
            if (!await warehouse.ContainsAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false))
            {
                throw new HarvestFailedException("staged_missing", $"The validated document {ticket.Sha256} is not staged; the next harvest extracts it again.");
            }

            await reports.DocumentLoadedAsync(ticket.RunId, ticket.RunLocation, LoadOutcome.Unchanged, null, ticket.Unit.Region, cancellationToken).ConfigureAwait(false);
            return "already loaded";
        }

        var result = await warehouse.LoadAsync(document, ticket.Provenance, cancellationToken).ConfigureAwait(false);
        await staged.DeleteAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false);

        if (DocumentRefusal.Of(document) is { } refusal)
        {
            // A fault of the source: recorded as a source failure (warehouse and journal) by the job filter.
            throw new HarvestFailedException(refusal.Code, $"{ticket.FileName}: {refusal.Message} It is stored as refused for review, not as a budget.");
        }

        var error = document.Issues.Find(i => i.Severity == IssueSeverity.Error);
        // The printed region wins: a folder source may hold the documents of several cities.
        await reports.DocumentLoadedAsync(ticket.RunId, ticket.RunLocation, result.Outcome, error is null ? null : new HarvestFailure(ticket.SourceUri, error.Code, error.Message),
            document.Document.Region ?? ticket.Unit.Region, cancellationToken).ConfigureAwait(false);
        return error is null
            ? $"{result.Outcome}: {result.BudgetLines} budget line(s)"
            : throw new HarvestFailedException(error.Code, $"{ticket.FileName}: {error.Message} The document is stored with this error for review.") { IsRecorded = true };
    }
}
