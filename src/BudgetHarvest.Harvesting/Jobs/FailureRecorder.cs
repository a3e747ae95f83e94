using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>Records an item that failed for good: in the warehouse (for the dashboard) and in its run (ledger and journal).</summary>
public sealed class FailureRecorder(IDocumentWarehouse warehouse, HarvestRunReporter reports, TimeProvider timeProvider)
{
    public async Task RecordAsync(FailedItem item, string code, string message, CancellationToken cancellationToken)
    {
        await warehouse.RecordSourceFailureAsync(
            new SourceFailure(item.Location, code, message, timeProvider.GetUtcNow(), item.Unit.Code, item.Unit.Name), cancellationToken).ConfigureAwait(false);
        await reports.FailedAsync(item, code, message, cancellationToken).ConfigureAwait(false);
    }
}
