using System.Security.Claims;
using BudgetHarvest.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace BudgetHarvest.Web.Pages;

/// <summary>The sign-in form: the only page open to anonymous visitors.</summary>
[AllowAnonymous]
[EnableRateLimiting(SecurityServiceCollectionExtensions.SignInPolicy)]
public sealed class LoginModel(DashboardCredentials credentials) : PageModel
{
    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (credentials.Verify(Username, Password) is not { } name)
        {
            Error = "Wrong username or password.";
            Password = null;
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(RevokedSessions.SessionClaim, RevokedSessions.NewSessionId())], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(SafeReturnUrl);
    }

    // Only a path on this site: a crafted link must not send the operator elsewhere after sign-in.
    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
