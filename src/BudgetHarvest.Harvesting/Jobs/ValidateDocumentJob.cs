using BudgetHarvest.Core.Storage;
using BudgetHarvest.Core.Validation;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Adds the validator's issues to an extracted document and stages it for loading. It reads the
/// extraction and writes a separate stage, so running it twice never adds the issues twice.
/// Failures are retried or recorded by the <see cref="HarvestJobFilter"/>.
/// </summary>
[Queue(HarvestQueues.Harvest)]
public sealed class ValidateDocumentJob(IDocumentValidator validator, IStagedDocuments staged, IDocumentWarehouse warehouse) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments) => DocumentTicket.FailedItemOfFirst(arguments);

    [JobDisplayName("Validate {0}")]
    public async Task<string> RunAsync(DocumentTicket ticket, CancellationToken cancellationToken)
    {
        var document = await staged.GetAsync(Stage.Extracted, ticket.Sha256, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return await warehouse.ContainsAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false)
                ? "already loaded"
                : throw new HarvestFailedException("staged_missing", $"The extraction of {ticket.Sha256} is not staged; the next harvest extracts it again.");
        }

        var found = validator.ValidateExtracted(document);
        await staged.SaveAsync(Stage.Validated, document, cancellationToken).ConfigureAwait(false);
        return $"{found.Count} validation issue(s)";
    }
}
