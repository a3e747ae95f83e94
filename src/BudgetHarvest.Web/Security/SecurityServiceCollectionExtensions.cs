using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Security;

/// <summary>Sign-in for every page, the API and <c>/hangfire</c>: configured users, cookie authentication, antiforgery.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>The rate-limiter policy of the sign-in form.</summary>

    /// <summary>The configuration key of the folder that keeps the data-protection keys.</summary>
    public const string KeysFolderKey = "DataProtection:KeysFolder";

    /// <summary>The header API clients send the antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    /// <summary>
    /// Registers the configured users (checked at startup: none, or one without a hash, stops the host),
    /// cookie authentication (pages redirect to <c>/login</c>, the API answers 401), a fallback policy
    /// that requires a signed-in user everywhere, antiforgery and the sign-in rate limit.
    /// </summary>
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardAccessOptions>()
            .Bind(configuration.GetSection(DashboardAccessOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DashboardAccessOptions>, DashboardUsersValidation>();
        services.AddSingleton<DashboardCredentials>();
        services.AddSingleton<RevokedSessions>();
        services.TryAddSingleton(TimeProvider.System);

        // The keys that sign cookies and antiforgery tokens: in a folder (a volume) when configured,
        // so a restart or a second instance does not sign everyone out.
        var protection = services.AddDataProtection().SetApplicationName("BudgetHarvest");
        if (configuration[KeysFolderKey] is { Length: > 0 } keys)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.AccessDeniedPath = "/login";
                cookie.Cookie.Name = ".BudgetHarvest.SignIn";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = context =>
                {
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<RevokedSessions>();
                    if (sessions.IsRevoked(context.Principal?.FindFirst(RevokedSessions.SessionClaim)?.Value))
                    {
                        context.RejectPrincipal();
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<DashboardAccessOptions>>((cookie, dashboard) => cookie.ExpireTimeSpan = dashboard.Value.SessionLifetime);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AntiforgeryHeader;
            antiforgery.Cookie.Name = ".BudgetHarvest.Antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<AntiforgeryEndpointFilter>();

        // Also when ASPNETCORE_FORWARDEDHEADERS_ENABLED is set, whose own setup trusts every sender.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<DashboardAccessOptions>>((forwarded, dashboard) =>
        {
            // Empty lists would mean "trust every sender" to the middleware: without proxies, read no header at all.
            forwarded.ForwardedHeaders = dashboard.Value.TrustedProxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in dashboard.Value.TrustedProxies)
            {
                if (DashboardAccessOptions.TryParseProxy(proxy, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            }
        });

        services.TryAddSingleton<SignInThrottle>();
        return services;
    }

    /// <summary>True for requests to the JSON API, which get status codes instead of the sign-in page.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Says what is wrong with the users, instead of the generic message of a failed Validate.</summary>
    private sealed class DashboardUsersValidation : IValidateOptions<DashboardAccessOptions>
    {
        public ValidateOptionsResult Validate(string? name, DashboardAccessOptions options) =>
            DashboardCredentials.Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
