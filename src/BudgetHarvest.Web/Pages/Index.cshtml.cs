using BudgetHarvest.Core.Storage;
using BudgetHarvest.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages;

/// <summary>The failed-extractions list: documents that failed or carry warnings, filtered, with counts per issue code and the sources that yielded nothing.</summary>
public sealed class IndexModel(FailureReview review) : PageModel
{
    private const int SourceFailuresShown = 20;

    [BindProperty(SupportsGet = true)]
    public FailureQuery Query { get; set; } = new();

    public string? Problem { get; private set; }

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    /// <summary>The most severe issue of each listed document, by SHA-256: the "why" of the list.</summary>
    public IReadOnlyDictionary<string, StoredIssue> LeadingIssues { get; private set; } = new Dictionary<string, StoredIssue>();

    public IReadOnlyList<IssueCodeCount> IssueCounts { get; private set; } = [];

    public IReadOnlyList<StoredSourceFailure> SourceFailures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Problem = Query.Problem();
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Documents = await review.ListAsync(Query, cancellationToken);
        LeadingIssues = await review.LeadingIssuesAsync(Documents, cancellationToken);
        IssueCounts = await review.CountIssuesAsync(Query, cancellationToken);
        SourceFailures = await review.SourceFailuresAsync(SourceFailuresShown, cancellationToken);
        return Page();
    }

    /// <summary>This page's query string with one parameter changed (the issue-code links).</summary>
    public string With(string? issue) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = Query.StatusOrDefault,
            ["issue"] = issue,
            ["unit"] = Query.Unit,
            ["year"] = Query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["reviewed"] = Query.Reviewed,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
