using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Fetching;
using BudgetHarvest.Harvesting.Seeds;
using Hangfire;

namespace BudgetHarvest.Harvesting.Jobs;

/// <summary>
/// Fetches one document into the blob store. A PDF the warehouse already holds (same SHA-256) ends
/// here; a new one continues as extract → validate → load, each its own job. Failures are retried
/// or recorded by the <see cref="HarvestJobFilter"/>.
/// </summary>
[Queue(HarvestQueues.Harvest)]
public sealed class FetchDocumentJob(PdfFetcher fetcher, IBackgroundJobClient jobs, IDocumentWarehouse warehouse, HarvestRunReporter reports) : IHarvestJob
{
    public static FailedItem FailedItemOf(IReadOnlyList<object?> arguments) =>
        new((string)arguments[1]!, (UnitRef)arguments[0]!, (string?)arguments[2], IsSource: false);

    [JobDisplayName("Fetch {1}")]
    public async Task<string> RunAsync(UnitRef unit, string location, string? runId, CancellationToken cancellationToken)
    {
        var pdf = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? await fetcher.FetchPdfAsync(uri, cancellationToken).ConfigureAwait(false)
            : await fetcher.ReadFileAsync(location, cancellationToken).ConfigureAwait(false);

        var alreadyLoaded = await warehouse.ContainsAsync(pdf.Sha256, cancellationToken).ConfigureAwait(false);
        await reports.DocumentFetchedAsync(runId, location, pdf.Status, alreadyLoaded, unit.Region, cancellationToken).ConfigureAwait(false);
        if (alreadyLoaded)
        {
            return $"unchanged ({pdf.Status}): {pdf.Sha256}";
        }

        var ticket = new DocumentTicket(pdf.Sha256, pdf.SourceUri, pdf.FileName, pdf.FetchedAt, unit, runId, location);
        var extract = jobs.Enqueue<ExtractDocumentJob>(job => job.RunAsync(ticket, CancellationToken.None));
        var validate = jobs.ContinueJobWith<ValidateDocumentJob>(extract, job => job.RunAsync(ticket, CancellationToken.None));
        jobs.ContinueJobWith<LoadDocumentJob>(validate, job => job.RunAsync(ticket, CancellationToken.None));
        return $"new ({pdf.Status}, {pdf.Length} bytes): {pdf.Sha256}";
    }
}
