using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Records a document that failed for good: in the warehouse (for the dashboard) and in its run's journal.</summary>
public sealed class DocumentFailureRecorder(IDocumentWarehouse warehouse, HarvestJournal journal, TimeProvider timeProvider)
{
    public async Task RecordAsync(DocumentTicket ticket, string code, string message, CancellationToken cancellationToken)
    {
        await warehouse.RecordSourceFailureAsync(
            new SourceFailure(ticket.SourceUri, code, message, timeProvider.GetUtcNow(), ticket.Unit.Code, ticket.Unit.Name), cancellationToken).ConfigureAwait(false);
        journal.DocumentFailed(ticket.RunId, ticket.SourceUri, code, message, ticket.Unit.Region);
    }
}
