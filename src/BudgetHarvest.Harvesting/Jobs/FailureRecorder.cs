using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Records an item that failed for good: in the warehouse (for the dashboard) and in its run's journal.</summary>
public sealed class FailureRecorder(IDocumentWarehouse warehouse, HarvestJournal journal, TimeProvider timeProvider)
{
    public async Task RecordAsync(FailedItem item, string code, string message, CancellationToken cancellationToken)
    {
        await warehouse.RecordSourceFailureAsync(
            new SourceFailure(item.Location, code, message, timeProvider.GetUtcNow(), item.Unit.Code, item.Unit.Name), cancellationToken).ConfigureAwait(false);
        if (item.IsSource)
        {
            journal.SourceFailed(item.RunId, item.Location, code, message, item.Unit.Region);
        }
        else
        {
            journal.DocumentFailed(item.RunId, item.Location, code, message, item.Unit.Region);
        }
    }
}
