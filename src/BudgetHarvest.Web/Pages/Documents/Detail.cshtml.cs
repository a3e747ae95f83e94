using BudgetHarvest.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages.Documents;

/// <summary>One document: metadata, every issue, each table's grid beside its PDF page; Retry and Mark reviewed.</summary>
public sealed class DetailModel(FailureReview review) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Sha256 { get; set; } = "";

    /// <summary>The retry job to follow, after Retry was pressed.</summary>
    [BindProperty(SupportsGet = true, Name = "job")]
    public string? JobId { get; set; }

    public DocumentDetail Detail { get; private set; } = null!;

    public RetryJobState? Retry { get; private set; }

    /// <summary>What the last action said, shown once.</summary>
    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The job's state first, then the document: read the other way round, a job finishing in between
        // shows "Succeeded" beside the extraction it replaced, and the page stops following it.
        Retry = JobId is { Length: > 0 } job ? review.JobState(job) : null;
        if (await review.DetailAsync(Sha256, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken cancellationToken)
    {
        var request = await review.RetryAsync(Sha256, cancellationToken);
        switch (request.Outcome)
        {
            case RetryOutcome.NotFound:
                return NotFound();
            case RetryOutcome.NoPdf:
                Notice = "The PDF of this document is not in the blob store, so it cannot be re-extracted; harvest it again.";
                return RedirectToPage(new { sha256 = Sha256 });
            default:
                Notice = $"Re-extraction queued as job {request.JobId}.";
                return RedirectToPage(new { sha256 = Sha256, job = request.JobId });
        }
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        if (await review.MarkReviewedAsync(Sha256, User.Identity?.Name, cancellationToken) is null)
        {
            return NotFound();
        }

        Notice = "Marked reviewed.";
        return RedirectToPage(new { sha256 = Sha256 });
    }
}
