using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BudgetHarvest.Pipeline;
using BudgetHarvest.Web.Api;
using BudgetHarvest.Web.Review;
using BudgetHarvest.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.StaticFiles;

namespace BudgetHarvest.Web.Hosting;

/// <summary>The wiring of the serve host, so <c>Program.cs</c> stays a few lines.</summary>
public static class WebHostingExtensions
{
    /// <summary>The path of Hangfire's dashboard.</summary>
    public const string HangfirePath = "/hangfire";

    /// <summary>
    /// Registers the pipeline every host runs (<see cref="PipelineServiceCollectionExtensions.AddBudgetHarvestPipeline"/>)
    /// and what only this host has: the recurring schedule of <c>Harvesting:Seeds</c>, the health
    /// check, sign-in, the dashboard pages and the API.
    /// </summary>
    public static WebApplicationBuilder AddBudgetHarvestWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBudgetHarvestPipeline(builder.Configuration);
        services.AddHostedService<RecurringHarvestRegistration>();
        services.AddTransient<FailureReview>();
        services.AddHealthChecks().AddCheck<WarehouseHealthCheck>("warehouse");

        services.AddDashboardSecurity(builder.Configuration);
        services.Configure<RouteOptions>(routes => routes.ConstraintMap[Sha256RouteConstraint.Name] = typeof(Sha256RouteConstraint));
        // Unit names and messages are Chinese: written as text, not as &#x...; escapes.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddExceptionHandler<WarehouseUnavailableHandler>();
        services.ConfigureHttpJsonOptions(json =>
        {
            // The API speaks the field names of budgetharvest/1 (snake_case), with CJK readable.
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        return builder;
    }

    /// <summary>The request pipeline: static files, sign-in, the pages, the API and <c>/hangfire</c>, all but the sign-in page behind authentication.</summary>
    public static WebApplication UseBudgetHarvestWeb(this WebApplication app)
    {
        // First, so the sign-in limit and secure cookies see the client behind a proxy; it believes
        // only Dashboard:TrustedProxies, so without any it changes nothing.
        app.UseForwardedHeaders();

        app.UseErrorPages();
        app.UseSecurityHeaders(HangfirePath);
        // Static files (styles, scripts, pdf.js) hold no data and are served before sign-in.
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = StaticContentTypes() });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        // Anonymous, for the container's and the orchestrator's probes.
        app.MapHealthChecks(WarehouseHealthCheck.Path).AllowAnonymous();
        app.MapRazorPages();
        app.MapDocumentsApi();
        app.MapHangfireDashboard(HangfirePath, new DashboardOptions
        {
            Authorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "BudgetHarvest jobs",
            AppPath = "/",
        }).RequireAuthorization();
        return app;
    }

    // pdf.js is loaded as ES modules (.mjs) and fetches packed CMaps (.bcmap), which the default map lacks.
    private static FileExtensionContentTypeProvider StaticContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        types.Mappings[".bcmap"] = "application/octet-stream";
        return types;
    }
}
