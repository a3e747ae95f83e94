using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;
using Hangfire.Server;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Fetches one document into the blob store. A PDF the warehouse already holds (same SHA-256) ends
/// here; a new one continues as extract → validate → load, each its own job.
/// </summary>
[Queue(HarvestQueues.Harvest)]
[AutomaticRetry(Attempts = 10, DelaysInSeconds = [10, 60, 300, 900, 1800, 3600], OnlyOn = [typeof(RetryableHarvestException)])]
public sealed class FetchDocumentJob(PdfFetcher fetcher, IBackgroundJobClient jobs, IDocumentWarehouse warehouse, HarvestJournal journal, JobFailurePolicy failures, TimeProvider timeProvider)
{
    [JobDisplayName("Fetch {1}")]
    public async Task<string> RunAsync(UnitRef unit, string location, string? runId, PerformContext? context, CancellationToken cancellationToken)
    {
        FetchedPdf pdf;
        try
        {
            pdf = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? await fetcher.FetchPdfAsync(uri, cancellationToken).ConfigureAwait(false)
                : await fetcher.ReadFileAsync(location, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw await failures.ResolveAsync(e, context, async (code, message) =>
            {
                await warehouse.RecordSourceFailureAsync(new SourceFailure(location, code, message, timeProvider.GetUtcNow(), unit.Code, unit.Name), cancellationToken).ConfigureAwait(false);
                journal.DocumentFailed(runId, location, code, message, unit.Region);
            }).ConfigureAwait(false);
        }

        var alreadyLoaded = await warehouse.ContainsAsync(pdf.Sha256, cancellationToken).ConfigureAwait(false);
        journal.DocumentFetched(runId, pdf.Status, alreadyLoaded, unit.Region);
        if (alreadyLoaded)
        {
            return $"unchanged ({pdf.Status}): {pdf.Sha256}";
        }

        var ticket = new DocumentTicket(pdf.Sha256, pdf.SourceUri, pdf.FileName, pdf.FetchedAt, unit, runId);
        var extract = jobs.Enqueue<ExtractDocumentJob>(job => job.RunAsync(ticket, null, CancellationToken.None));
        var validate = jobs.ContinueJobWith<ValidateDocumentJob>(extract, job => job.RunAsync(ticket, null, CancellationToken.None));
        jobs.ContinueJobWith<LoadDocumentJob>(validate, job => job.RunAsync(ticket, null, CancellationToken.None));
        return $"new ({pdf.Status}, {pdf.Length} bytes): {pdf.Sha256}";
    }
}
