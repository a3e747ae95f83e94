using BudgetHarvest.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetHarvest.Web.Tests.Browser;

/// <summary>The operator signing in through the form in Chromium, landing on the review list.</summary>
internal static class SignInForm
{
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.FillAsync("input[name=Username]", DashboardFactory.Username);
        await page.FillAsync("input[name=Password]", DashboardFactory.Password);
        await page.ClickAsync("form button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Documents to review");
    }
}
