using System.Text;
using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Core.Serialization;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages.Documents;

/// <summary>
/// One document: metadata, every issue, each table's grid and mapped rows beside its PDF page; Retry,
/// Mark reviewed, corrections, and downloads of the stored document (budgetharvest/1 JSON, CSV per table).
/// </summary>
public sealed class DetailModel(FailureReview review, DocumentWarehouse warehouse) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Sha256 { get; set; } = "";

    /// <summary>The retry job to follow, after Retry was pressed.</summary>
    [BindProperty(SupportsGet = true, Name = "job")]
    public string? JobId { get; set; }

    public DocumentDetail Detail { get; private set; } = null!;

    public RetryJobState? Retry { get; private set; }

    /// <summary>The exclusion and verdict in force and every correction made.</summary>
    public CorrectionState Corrections { get; private set; } = new(null, null, null, []);

    /// <summary>The correction posted (bound on POST only).</summary>
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

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
        Corrections = await warehouse.GetCorrectionsAsync(Sha256, cancellationToken) ?? Corrections;
        return Page();
    }

    /// <summary>The stored document (corrections applied) in the budgetharvest/1 format.</summary>
    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken) =>
        await warehouse.GetDocumentAsync(Sha256, cancellationToken) is { } document
            ? File(Encoding.UTF8.GetBytes(BudgetJson.Serialize(document)), "application/json", $"{FileStem(document.Source.File)}.json")
            : NotFound();

    /// <summary>One table's mapped rows (1-based <paramref name="table"/>, as shown) as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int table, CancellationToken cancellationToken) =>
        await warehouse.GetDocumentAsync(Sha256, cancellationToken) is { } document && table >= 1 && table <= document.Tables.Count
            ? File(MappedRows.Of(document.Tables[table - 1]).ToCsv(), "text/csv; charset=utf-8", $"{FileStem(document.Source.File)}-table{table}.csv")
            : NotFound();

    /// <summary>Stores a correction; the warehouse applies it at once and on every re-extraction.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        var result = await warehouse.CorrectAsync(Sha256, Input.ToRequest(User.Identity?.Name), cancellationToken);
        switch (result.Outcome)
        {
            case CorrectionOutcome.NotFound:
                return NotFound();
            case CorrectionOutcome.Refused:
                Notice = $"Correction refused: {result.Problem}.";
                break;
            default:
                Notice = $"Correction stored ({CorrectionChoices.Name(Input.Action)}); the warehouse holds it now and keeps it on re-extraction.";
                break;
        }

        return RedirectToPage(new { sha256 = Sha256 });
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

    private static string FileStem(string file) => Path.GetFileNameWithoutExtension(file) is { Length: > 0 } stem ? stem : "document";
}
