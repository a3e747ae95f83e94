using System.Security.Claims;
using BudgetHarvest.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BudgetHarvest.Web.Pages;

/// <summary>The sign-in form: the only page open to anonymous visitors.</summary>
[AllowAnonymous]
public sealed class LoginModel(DashboardCredentials credentials, SignInThrottle throttle) : PageModel
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
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsLockedOut(client, Username))
        {
            Error = "Too many failed attempts for this user from this address; wait a minute and try again.";
            Password = null;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (credentials.Verify(Username, Password) is not { } name)
        {
            throttle.RecordFailure(client, Username);
            Error = "Wrong username or password.";
            Password = null;
            return Page();
        }

        throttle.RecordSuccess(client, Username);

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(RevokedSessions.SessionClaim, RevokedSessions.NewSessionId())], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(SafeReturnUrl);
    }

    // Only a path on this site: a crafted link must not send the operator elsewhere after sign-in.
    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
