using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages;

/// <summary>
/// The HTML error page a browser gets for 400, 404, 500 … (re-executed by <see cref="Hosting.ErrorPages"/>).
/// Open to anonymous visitors, as an error can happen before sign-in; it shows no data and no exception details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>The path that failed, when this page was re-executed for it.</summary>
    public string? FailedPath { get; private set; }

    public string Title => Code switch
    {
        StatusCodes.Status400BadRequest => "Bad request",
        StatusCodes.Status403Forbidden => "Not allowed",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed",
        StatusCodes.Status503ServiceUnavailable => "Service unavailable",
        >= 500 => "Something went wrong",
        _ => "Error",
    };

    public string Explanation => Code switch
    {
        StatusCodes.Status400BadRequest => "The request could not be understood (a form sent twice, or from an expired page?). Go back, reload and try again.",
        StatusCodes.Status404NotFound => "There is no page at this address. A document is addressed by its SHA-256; the list links to every stored one.",
        StatusCodes.Status503ServiceUnavailable =>
            $"The warehouse (the database behind the dashboard) cannot be reached right now. Nothing was changed. Wait about {(int)Hosting.WarehouseUnavailableHandler.RetryAfter.TotalSeconds} seconds and reload this page; if it persists, tell the operator.",
        >= 500 => "The server failed to answer. The error is logged; try again, and if it persists tell the operator.",
        _ => "The request was not completed.",
    };

    public IActionResult OnGet(int code) => Render(code);

    // A failed POST (e.g. a missing antiforgery token) is re-executed as a POST.
    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        FailedPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? failure?.Path;
        if (Hosting.WarehouseUnavailableHandler.IsUnavailable(failure?.Error))
        {
            // Re-executed for an exception as a 500; a warehouse that is down is a 503 worth retrying.
            Code = StatusCodes.Status503ServiceUnavailable;
            Hosting.WarehouseUnavailableHandler.MarkUnavailable(Response);
            return Page();
        }

        Response.StatusCode = Code;
        return Page();
    }
}
