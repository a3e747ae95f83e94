using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using BudgetHarvest.Web.Security;

namespace BudgetHarvest.Web.Pages;

/// <summary>Signs out (POST only, with the antiforgery token, so a link elsewhere cannot sign an operator out).</summary>
public sealed class LogoutModel(RevokedSessions sessions) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // Deleting the cookie in this browser is not enough: a copy of it must stop working too.
        if (User.FindFirst(RevokedSessions.SessionClaim)?.Value is { } session)
        {
            sessions.Revoke(session);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return Redirect("/login");
    }
}
