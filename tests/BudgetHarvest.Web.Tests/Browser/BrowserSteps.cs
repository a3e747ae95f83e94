using System.Text.RegularExpressions;
using BudgetHarvest.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetHarvest.Web.Tests.Browser;

/// <summary>Steps every browser test takes: signing in through the form, waiting for a PDF page to be drawn.</summary>
internal static class BrowserSteps
{
    /// <summary>Signs the configured operator in on <paramref name="page"/>, which ends on the list.</summary>
    public static async Task<IPage> SignInAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.FillAsync("input[name=Username]", DashboardFactory.Username);
        await page.FillAsync("input[name=Password]", DashboardFactory.Password);
        await page.ClickAsync("form button[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Documents to review");
        return page;
    }

    /// <summary>Waits until pdf.js has drawn the figure's page (its <c>data-rendered</c> is a page number).</summary>
    public static async Task WaitForPageDrawnAsync(ILocator figure)
    {
        await figure.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-rendered", new Regex("^[0-9]+$"), new() { Timeout = 30_000 });
    }
}
