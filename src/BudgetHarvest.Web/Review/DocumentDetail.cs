using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;

namespace BudgetHarvest.Web.Review;

/// <summary>One stored document as its review page shows it.</summary>
/// <param name="Summary">Identity, unit, status and review state.</param>
/// <param name="Issues">Every issue, in extracted order.</param>
/// <param name="Document">The extraction as loaded (tables with their grids and pages).</param>
/// <param name="PdfStored">Whether the PDF is in the blob store, so it can be shown and re-extracted.</param>
public sealed record DocumentDetail(DocumentSummary Summary, IReadOnlyList<StoredIssue> Issues, BudgetDocument Document, bool PdfStored);

/// <summary>What asking for a retry did.</summary>
/// <param name="Outcome">Whether a job was enqueued.</param>
/// <param name="JobId">The Hangfire job, when enqueued.</param>
public sealed record RetryRequest(RetryOutcome Outcome, string? JobId = null);

/// <summary>Whether a retry could be enqueued.</summary>
public enum RetryOutcome
{
    /// <summary>A re-extraction job is enqueued.</summary>
    Enqueued,

    /// <summary>No document with this SHA-256 is stored.</summary>
    NotFound,

    /// <summary>The document is stored but its PDF is not in the blob store (loaded from JSON, not harvested).</summary>
    NoPdf,
}

/// <summary>Where a retry job stands.</summary>
/// <param name="JobId">The Hangfire job.</param>
/// <param name="State">Hangfire's state name: Enqueued, Processing, Succeeded, Failed …</param>
/// <param name="At">When it entered that state.</param>
/// <param name="Detail">The job's result when it succeeded, the reason when it failed.</param>
public sealed record RetryJobState(string JobId, string State, DateTimeOffset? At, string? Detail)
{
    /// <summary>True while the job may still change the document.</summary>
    public bool IsPending => State is "Enqueued" or "Scheduled" or "Processing" or "Awaiting";
}
