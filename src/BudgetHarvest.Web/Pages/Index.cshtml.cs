using System.Globalization;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Web.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages;

/// <summary>
/// The review list: by default every document that needs a look (failed, warnings, refused, narrative
/// only, low yield), paged with a total, sortable, searchable and filtered by region, kind and
/// status; beside it the counts per issue code, below it the sources that yielded nothing.
/// </summary>
public sealed class IndexModel(FailureReview review) : PageModel
{
    private const int SourceFailuresShown = 20;

    [BindProperty(SupportsGet = true)]
    public FailureQuery Query { get; set; } = new();

    public string? Problem { get; private set; }

    public IReadOnlyList<DocumentSummary> Documents { get; private set; } = [];

    /// <summary>Documents matching the filter in all pages.</summary>
    public int Total { get; private set; }

    /// <summary>The most severe issue of each listed document, by SHA-256: the "why" of the list.</summary>
    public IReadOnlyDictionary<string, StoredIssue> LeadingIssues { get; private set; } = new Dictionary<string, StoredIssue>();

    public IReadOnlyList<IssueCodeCount> IssueCounts { get; private set; } = [];

    public IReadOnlyList<StoredSourceFailure> SourceFailures { get; private set; } = [];

    /// <summary>The first listed row, 1-based (0 when the page is empty).</summary>
    public int First => Documents.Count == 0 ? 0 : Query.OffsetOrDefault + 1;

    /// <summary>The last listed row, 1-based.</summary>
    public int Last => Query.OffsetOrDefault + Documents.Count;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Problem = Query.Problem();
        if (Problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Documents = await review.ListAsync(Query, cancellationToken);
        Total = await review.CountAsync(Query, cancellationToken);
        LeadingIssues = await review.LeadingIssuesAsync(Documents, cancellationToken);
        IssueCounts = await review.CountIssuesAsync(Query, cancellationToken);
        SourceFailures = await review.SourceFailuresAsync(SourceFailuresShown, cancellationToken);
        return Page();
    }

    /// <summary>This page's query string filtered to one issue code, from the first page.</summary>
    public string With(string? issue) => Link(Query with { Issue = issue, Offset = null });

    /// <summary>The page starting at <paramref name="offset"/>, everything else kept.</summary>
    public string AtOffset(int offset) => Link(Query with { Offset = offset });

    /// <summary>The list sorted by <paramref name="sort"/>: descending first, flipped when it is already the sort.</summary>
    public string SortedBy(string sort) => Link(Query with
    {
        Sort = sort,
        Dir = Query.SortOrDefault == sort && Query.IsDescending ? FailureQuery.Ascending : null,
        Offset = null,
    });

    /// <summary>The arrow beside the current sort's header.</summary>
    public string SortMark(string sort) => Query.SortOrDefault != sort ? "" : Query.IsDescending ? " ▼" : " ▲";

    private static string Link(FailureQuery query) =>
        "/" + QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = query.StatusOrDefault == FailureQuery.Attention ? null : query.StatusOrDefault,
            ["issue"] = query.Issue,
            ["q"] = query.Q,
            ["unit"] = query.Unit,
            ["region"] = query.Region,
            ["kind"] = query.Kind,
            ["year"] = query.Year?.ToString(CultureInfo.InvariantCulture),
            ["reviewed"] = query.Reviewed,
            ["sort"] = query.SortOrDefault == FailureQuery.SortName(DocumentSort.Loaded) ? null : query.SortOrDefault,
            ["dir"] = query.IsDescending ? null : FailureQuery.Ascending,
            ["limit"] = query.Limit?.ToString(CultureInfo.InvariantCulture),
            ["offset"] = query.Offset is > 0 ? query.Offset.Value.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
