using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Storage;
using BudgetHarvest.Harvesting.Validation;
using Hangfire;
using Hangfire.Server;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Adds the validator's issues to an extracted document and stages it for loading. It reads the
/// extraction and writes a separate stage, so running it twice never adds the issues twice.
/// </summary>
[Queue(HarvestQueues.Harvest)]
[AutomaticRetry(Attempts = 10, DelaysInSeconds = [10, 60, 300, 900, 1800, 3600], OnlyOn = [typeof(RetryableHarvestException)])]
public sealed class ValidateDocumentJob(IDocumentValidator validator, IStagedDocuments staged, IDocumentWarehouse warehouse, DocumentFailureRecorder recorder, JobFailurePolicy failures)
{
    /// <summary>Issue code of a validator that threw: the document is loaded anyway, with this warning.</summary>
    public const string ValidationFailed = "validation_failed";

    [JobDisplayName("Validate {0}")]
    public async Task<string> RunAsync(DocumentTicket ticket, PerformContext? context, CancellationToken cancellationToken)
    {
        try
        {
            var document = await staged.GetAsync(Stage.Extracted, ticket.Sha256, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return await warehouse.ContainsAsync(ticket.Sha256, cancellationToken).ConfigureAwait(false)
                    ? "already loaded"
                    : throw new HarvestFailedException("staged_missing", $"The extraction of {ticket.Sha256} is not staged; the next harvest extracts it again.");
            }

            var found = document.HasErrors ? [] : Validate(document);
            document.Issues.AddRange(found);
            await staged.SaveAsync(Stage.Validated, document, cancellationToken).ConfigureAwait(false);
            return $"{found.Count} validation issue(s)";
        }
        catch (Exception e) when (e is not OperationCanceledException and not RetryableHarvestException)
        {
            throw await failures.ResolveAsync(e, context, (code, message) => recorder.RecordAsync(ticket, code, message, cancellationToken)).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<ExtractionIssue> Validate(BudgetDocument document)
    {
        try
        {
            return validator.Validate(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A validator bug must not cost the document: it is loaded with a note saying it was not checked.
            return [ExtractionIssue.Create(ValidationFailed, IssueSeverity.Warning, $"The document could not be validated: {e.GetType().Name}: {e.Message}")];
        }
    }
}
