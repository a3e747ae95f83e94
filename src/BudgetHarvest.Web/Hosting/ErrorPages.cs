namespace BudgetHarvest.Web.Hosting;

/// <summary>
/// Errors as their client reads them: a browser asking for a page gets an HTML page of the dashboard
/// (404, 400, 500 …, see <c>Pages/Error</c>); the API and every other client keep problem+json.
/// </summary>
public static class ErrorPages
{
    /// <summary>The page errors are re-executed to, with the status code in its path.</summary>
    public const string Path = "/error";

    /// <summary>Adds the exception handler and the status-code pages, HTML for browsers and JSON for the rest.</summary>
    public static WebApplication UseErrorPages(this WebApplication app)
    {
        app.UseWhen(WantsHtml, html =>
        {
            html.UseExceptionHandler(Path + "/500");
            html.UseStatusCodePagesWithReExecute(Path + "/{0}");
        });
        app.UseWhen(context => !WantsHtml(context), json =>
        {
            json.UseExceptionHandler();
            json.UseStatusCodePages();
        });
        return app;
    }

    /// <summary>A browser's request for a page: it accepts HTML, and is not for the API or the job dashboard (which answer for themselves).</summary>
    public static bool WantsHtml(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(WebHostingExtensions.HangfirePath, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
