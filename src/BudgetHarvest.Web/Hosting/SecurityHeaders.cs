namespace BudgetHarvest.Web.Hosting;

/// <summary>Response headers that keep the dashboard's pages from being framed, sniffed or fed foreign scripts.</summary>
public static class SecurityHeaders
{
    // pdf.js runs as a module worker from /lib and draws on canvases; fonts it builds from the PDF
    // load as data: URLs. Nothing is fetched from another origin.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    // Hangfire's pages carry inline scripts, so they get no script policy; framing is refused all the same.
    private const string FramingOnlyPolicy = "frame-ancestors 'none'";

    /// <summary>Adds the headers to every response; paths under <paramref name="ownPolicyPath"/> (Hangfire's inline scripts) get only the anti-framing part of the content policy.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string ownPolicyPath) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ownPolicyPath, StringComparison.OrdinalIgnoreCase)
                ? FramingOnlyPolicy
                : ContentSecurityPolicy;

            await next(context).ConfigureAwait(false);
        });
}
