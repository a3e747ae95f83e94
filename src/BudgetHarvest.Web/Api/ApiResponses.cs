using BudgetHarvest.Core.Model;
using BudgetHarvest.Core.Storage;
using BudgetHarvest.Web.Review;

namespace BudgetHarvest.Web.Api;

/// <summary>A page of <c>GET /api/documents</c>: the documents, the paging asked for, and how many match in all.</summary>
public sealed record DocumentListResponse(IReadOnlyList<DocumentSummary> Documents, int Limit, int Offset, int Total);

/// <summary>A page of <c>GET /api/source-failures</c>: the failures (newest first), the page asked for, and how many are recorded in all.</summary>
public sealed record SourceFailureListResponse(IReadOnlyList<StoredSourceFailure> Failures, int Page, int PageSize, int Total);

/// <summary><c>GET /api/documents/{sha256}</c>: the summary, every issue, and each table with its grid and pages.</summary>
public sealed record DocumentDetailResponse(DocumentSummary Document, IReadOnlyList<IssueResponse> Issues, IReadOnlyList<TableResponse> Tables, bool PdfStored, string? PdfUrl)
{
    public static DocumentDetailResponse From(DocumentDetail detail) => new(
        detail.Summary,
        [.. detail.Issues.Select(i => new IssueResponse(i.Ordinal, i.Issue.Code, i.Issue.Severity, i.Issue.Table, i.Issue.Message, i.ReviewNote))],
        [.. detail.Document.Tables.Select(t => new TableResponse(t.Number, t.Title, t.Kind, t.Measure, t.Empty, t.EmptyReason, t.Pages, t.Grid))],
        detail.PdfStored,
        detail.PdfStored ? DocumentsApi.PdfUrl(detail.Summary.Sha256) : null);
}

/// <summary>One issue of a document, with its 1-based place in the document's list; <paramref name="ReviewNote"/> for the warehouse's notes to reviewers, which are not in the budgetharvest/1 document.</summary>
public sealed record IssueResponse(int Ordinal, string Code, IssueSeverity Severity, int? Table, string Message, bool ReviewNote = false);

/// <summary>One extracted table: what it is, the PDF pages it was read from, and its grid as printed.</summary>
public sealed record TableResponse(int? Number, string Title, TableKind Kind, string? Measure, bool Empty, string? EmptyReason, IReadOnlyList<int> Pages, IReadOnlyList<IReadOnlyList<string>> Grid);

/// <summary><c>POST /api/documents/{sha256}/retry</c>: the job that re-extracts the document.</summary>
public sealed record RetryResponse(string JobId, string State, string StatusUrl);

/// <summary><c>GET /api/antiforgery</c>: the token to send with POSTs, and the header to send it in.</summary>
public sealed record AntiforgeryResponse(string HeaderName, string Token);
