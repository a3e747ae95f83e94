using BudgetHarvest.Core.Corrections;
using BudgetHarvest.Warehouse;
using BudgetHarvest.Web.Review;
using BudgetHarvest.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetHarvest.Web.Api;

/// <summary>
/// The dashboard's data as JSON under <c>/api</c>: the same filters, detail, retry, review and
/// corrections as the pages, so tools can do what a reviewer does. Every endpoint requires sign-in (401 otherwise); POSTs also require the antiforgery token.
/// </summary>
public static class DocumentsApi
{
    /// <summary>The route of one document: its lower-case hex SHA-256, so anything else is a 404 before any query.</summary>
    private const string Document = "/documents/{sha256:" + Hosting.Sha256RouteConstraint.Name + "}";

    public static string PdfUrl(string sha256) => $"/api/documents/{sha256}/pdf";

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapGet("/documents", ListAsync);
        api.MapGet("/issue-codes", CountIssuesAsync);
        api.MapGet("/source-failures", SourceFailuresAsync);
        api.MapGet(Document, DetailAsync);
        api.MapGet(Document + "/pdf", Pdf);
        api.MapGet(Document + "/corrections", CorrectionsAsync);
        api.MapGet("/jobs/{jobId}", JobState);
        api.MapGet("/antiforgery", Antiforgery);

        var changes = api.MapGroup("").AddEndpointFilter<AntiforgeryEndpointFilter>();
        changes.MapPost(Document + "/retry", RetryAsync);
        changes.MapPost(Document + "/review", ReviewAsync);
        changes.MapPost(Document + "/corrections", CorrectAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<DocumentListResponse>, ProblemHttpResult>> ListAsync([AsParameters] FailureQuery query, FailureReview review, CancellationToken cancellationToken)
    {
        if (query.Problem() is { } problem)
        {
            return BadQuery(problem);
        }

        var filter = query.ToFilter();
        var documents = await review.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var total = await review.CountAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new DocumentListResponse(documents, filter.Limit, filter.Offset, total));
    }

    private static async Task<Results<Ok<IReadOnlyList<Core.Storage.IssueCodeCount>>, ProblemHttpResult>> CountIssuesAsync([AsParameters] FailureQuery query, FailureReview review, CancellationToken cancellationToken) =>
        query.Problem() is { } problem
            ? BadQuery(problem)
            : TypedResults.Ok(await review.CountIssuesAsync(query, cancellationToken).ConfigureAwait(false));

    private static async Task<Results<Ok<SourceFailureListResponse>, ProblemHttpResult>> SourceFailuresAsync(FailureReview review, CancellationToken cancellationToken,
        int page = 1, int pageSize = SourceFailurePaging.DefaultPageSize)
    {
        if (SourceFailurePaging.Problem(page, pageSize) is { } problem)
        {
            return BadQuery(problem);
        }

        var (failures, total) = await review.SourceFailuresPageAsync(pageSize, (page - 1) * pageSize, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new SourceFailureListResponse(failures, page, pageSize, total));
    }

    private static async Task<Results<Ok<DocumentDetailResponse>, NotFound>> DetailAsync(string sha256, FailureReview review, CancellationToken cancellationToken) =>
        await review.DetailAsync(sha256, cancellationToken).ConfigureAwait(false) is { } detail
            ? TypedResults.Ok(DocumentDetailResponse.From(detail))
            : TypedResults.NotFound();

    private static Results<FileStreamHttpResult, NotFound> Pdf(string sha256, FailureReview review) =>
        review.OpenPdf(sha256) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"{sha256}.pdf", enableRangeProcessing: true)
            : TypedResults.NotFound();

    private static async Task<Results<Accepted<RetryResponse>, NotFound, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> RetryAsync(string sha256, FailureReview review, CancellationToken cancellationToken)
    {
        var request = await review.RetryAsync(sha256, cancellationToken).ConfigureAwait(false);
        return request.Outcome switch
        {
            RetryOutcome.Enqueued => TypedResults.Accepted($"/api/jobs/{request.JobId}",
                new RetryResponse(request.JobId!, review.JobState(request.JobId!)?.State ?? "Enqueued", $"/api/jobs/{request.JobId}")),
            RetryOutcome.NoPdf => TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The PDF is not stored",
                Detail = "This document was loaded without its PDF in the blob store (e.g. from JSON); harvest it to re-extract it.",
            }),
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<Results<Ok<Core.Storage.DocumentSummary>, NotFound>> ReviewAsync(string sha256, FailureReview review, HttpContext context, CancellationToken cancellationToken) =>
        await review.MarkReviewedAsync(sha256, context.User.Identity?.Name, cancellationToken).ConfigureAwait(false) is { } summary
            ? TypedResults.Ok(summary)
            : TypedResults.NotFound();

    private static async Task<Results<Ok<CorrectionState>, NotFound>> CorrectionsAsync(string sha256, DocumentWarehouse warehouse, CancellationToken cancellationToken) =>
        await warehouse.GetCorrectionsAsync(sha256, cancellationToken).ConfigureAwait(false) is { } state
            ? TypedResults.Ok(state)
            : TypedResults.NotFound();

    /// <summary>Stores a correction as the page's form does (the signed-in user as its author) and answers with the corrections now in force.</summary>
    private static async Task<Results<Ok<CorrectionState>, NotFound, ProblemHttpResult>> CorrectAsync(string sha256, CorrectionBody body, DocumentWarehouse warehouse, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await warehouse.CorrectAsync(sha256, body.ToRequest(context.User.Identity?.Name), cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            CorrectionOutcome.NotFound => TypedResults.NotFound(),
            CorrectionOutcome.Refused => TypedResults.Problem(title: "Correction refused", detail: result.Problem, statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => await warehouse.GetCorrectionsAsync(sha256, cancellationToken).ConfigureAwait(false) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound(),
        };
    }

    private static Results<Ok<RetryJobState>, NotFound> JobState(string jobId, FailureReview review) =>
        review.JobState(jobId) is { } state ? TypedResults.Ok(state) : TypedResults.NotFound();

    private static Ok<AntiforgeryResponse> Antiforgery(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryResponse(tokens.HeaderName ?? SecurityServiceCollectionExtensions.AntiforgeryHeader, tokens.RequestToken!));
    }

    private static ProblemHttpResult BadQuery(string problem) =>
        TypedResults.Problem(title: "Invalid filter", detail: problem, statusCode: StatusCodes.Status400BadRequest);
}
