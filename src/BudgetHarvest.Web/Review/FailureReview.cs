using BudgetHarvest.Core.Storage;
using BudgetHarvest.Harvesting.Jobs;
using BudgetHarvest.Harvesting.Storage;
using Hangfire;

namespace BudgetHarvest.Web.Review;

/// <summary>
/// What the dashboard and the API do with stored documents: list and count failures, show one,
/// retry its extraction, mark it reviewed. Pages and endpoints stay thin around it.
/// </summary>
public sealed class FailureReview(IWarehouseCatalog catalog, IBlobStore blobs, IBackgroundJobClient jobs, JobStorage jobStorage)
{
    public Task<IReadOnlyList<DocumentSummary>> ListAsync(FailureQuery query, CancellationToken cancellationToken) =>
        catalog.ListDocumentsAsync(query.ToFilter(), cancellationToken);

    /// <summary>How many documents the query selects, its paging ignored: the total beside a page.</summary>
    public Task<int> CountAsync(FailureQuery query, CancellationToken cancellationToken) =>
        catalog.CountDocumentsAsync(query.ToFilter(), cancellationToken);

    /// <summary>Issues per code among the documents the query selects, whatever its issue code.</summary>
    public Task<IReadOnlyList<IssueCodeCount>> CountIssuesAsync(FailureQuery query, CancellationToken cancellationToken) =>
        catalog.CountIssuesAsync(query.ToFilter(withIssue: false), cancellationToken);

    /// <summary>Why each listed document is listed: its first error, else its first warning.</summary>
    public Task<IReadOnlyDictionary<string, StoredIssue>> LeadingIssuesAsync(IReadOnlyList<DocumentSummary> documents, CancellationToken cancellationToken) =>
        catalog.LeadingIssuesAsync([.. documents.Select(d => d.Sha256)], cancellationToken);

    public Task<IReadOnlyList<StoredSourceFailure>> SourceFailuresAsync(int limit, CancellationToken cancellationToken) =>
        catalog.ListSourceFailuresAsync(limit, 0, cancellationToken);

    /// <summary>One page of the source failures, newest first, with how many there are in all.</summary>
    public async Task<(IReadOnlyList<StoredSourceFailure> Failures, int Total)> SourceFailuresPageAsync(int limit, int offset, CancellationToken cancellationToken) =>
        (await catalog.ListSourceFailuresAsync(limit, offset, cancellationToken).ConfigureAwait(false),
         await catalog.CountSourceFailuresAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The document with its issues and extraction, or null when none is stored.</summary>
    public async Task<DocumentDetail?> DetailAsync(string sha256, CancellationToken cancellationToken)
    {
        var summary = await catalog.FindDocumentAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (summary is null || await catalog.GetDocumentAsync(sha256, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            return null;
        }

        var issues = await catalog.ListIssuesAsync(sha256, cancellationToken).ConfigureAwait(false);
        return new DocumentDetail(summary, issues, document, blobs.Contains(sha256));
    }

    /// <summary>The stored PDF, or null when the blob store does not hold it.</summary>
    public Stream? OpenPdf(string sha256) => blobs.Contains(sha256) ? blobs.OpenRead(sha256) : null;

    /// <summary>Enqueues a re-extraction of the document from its stored PDF.</summary>
    public async Task<RetryRequest> RetryAsync(string sha256, CancellationToken cancellationToken)
    {
        if (await catalog.FindDocumentAsync(sha256, cancellationToken).ConfigureAwait(false) is null)
        {
            return new RetryRequest(RetryOutcome.NotFound);
        }

        if (!blobs.Contains(sha256))
        {
            return new RetryRequest(RetryOutcome.NoPdf);
        }

        var jobId = jobs.Enqueue<ReextractDocumentJob>(job => job.RunAsync(sha256, CancellationToken.None));
        return new RetryRequest(RetryOutcome.Enqueued, jobId);
    }

    /// <summary>Marks the document reviewed by <paramref name="reviewer"/>; null when none is stored.</summary>
    public async Task<DocumentSummary?> MarkReviewedAsync(string sha256, string? reviewer, CancellationToken cancellationToken) =>
        await catalog.MarkReviewedAsync(sha256, reviewer, cancellationToken).ConfigureAwait(false)
            ? await catalog.FindDocumentAsync(sha256, cancellationToken).ConfigureAwait(false)
            : null;

    /// <summary>The state of a retry job, or null when Hangfire does not know it (or it has expired).</summary>
    public RetryJobState? JobState(string jobId)
    {
        Hangfire.Storage.Monitoring.JobDetailsDto? details;
        try
        {
            details = jobStorage.GetMonitoringApi().JobDetails(jobId);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            // Not an id this storage issues (PostgreSQL's are numbers): no such job.
            return null;
        }

        if (details?.History is not { Count: > 0 } history)
        {
            return null;
        }

        // Hangfire lists the history newest first.
        var current = history[0];
        var detail = current.Data is null ? null
            : current.Data.TryGetValue("Result", out var result) ? Unquote(result)
            : current.Data.TryGetValue("ExceptionMessage", out var message) ? message
            : null;
        return new RetryJobState(jobId, current.StateName, new DateTimeOffset(DateTime.SpecifyKind(current.CreatedAt, DateTimeKind.Utc)), detail);
    }

    // Hangfire keeps a job's result serialized: a string result is a JSON string.
    private static string Unquote(string result)
    {
        try
        {
            return result.StartsWith('"') ? System.Text.Json.JsonSerializer.Deserialize<string>(result) ?? result : result;
        }
        catch (System.Text.Json.JsonException)
        {
            return result;
        }
    }
}
