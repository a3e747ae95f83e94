using System.Text.RegularExpressions;
using BudgetHarvest.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetHarvest.Web.Tests.Browser;

/// <summary>
/// An operator's session in Chromium against the host served by Kestrel on a loopback port: sign in,
/// list and filter failures, open a document, compare a grid with its PDF page, retry a failed
/// extraction and watch it recover. Screenshots of each step go to TestResults/screenshots.
/// </summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class DashboardBrowserTests : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(3);

    private static readonly string DemoSeeds = Path.Combine(Testing.Fixtures.RepositoryRoot, "seeds", "demo.json");

    private readonly SeededDashboard _seeded;
    private readonly ChromiumFixture _chromium;
    private DashboardData _data = null!;
    private DashboardFactory _factory = null!;
    private Uri _site = null!;
    private IBrowserContext _context = null!;
    private readonly List<string> _consoleErrors = [];

    public DashboardBrowserTests(SeededDashboard seeded, ChromiumFixture chromium)
    {
        _seeded = seeded;
        _chromium = chromium;
    }

    public async Task InitializeAsync()
    {
        _data = _seeded.Data.Copy();
        // Served as in production: the demo seeds' recurring harvests are registered (not run: they are due at 03:00).
        _factory = new DashboardFactory(_data, new Dictionary<string, string?> { [Web.Hosting.RecurringHarvestRegistration.SeedsKey] = DemoSeeds });
        _site = _factory.ListenOnLoopback();
        _context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            Locale = "zh-CN",
        });
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _factory.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Anonymous_IsSentToSignInAndGetsNoData()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/?status=failed");
        var landedOn = new Uri(page.Url);
        await Screenshot(page, "01-anonymous-sign-in");
        var api = await page.GotoAsync("/api/documents");

        Assert.Equal("/login", landedOn.AbsolutePath);
        Assert.Contains("ReturnUrl=%2F", landedOn.Query, StringComparison.Ordinal);
        Assert.Equal(401, api!.Status);
        Assert.DoesNotContain("铜川市统计局", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_SignsInFiltersOpensAndRetriesAFailedDocument()
    {
        var page = await SignInAsync();

        // The list: failures and warnings, each with its reason, and the counts per issue code.
        var rows = page.Locator("#documents tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#documents")).ToContainTextAsync("encrypted_pdf");
        await Assertions.Expect(page.Locator("#issue-counts")).ToContainTextAsync("timeout");
        await Assertions.Expect(page.Locator("#source-failures")).ToContainTextAsync(DashboardData.EmptyFile);
        await Screenshot(page, "02-failures-list");

        // Filter to one issue code.
        await page.SelectOptionAsync("select[name=issue]", "timeout");
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("宝鸡市图书馆");
        Assert.Contains("issue=timeout", page.Url, StringComparison.Ordinal);
        await Screenshot(page, "03-filtered-by-timeout");

        // Open it: failed, with the timeout issue and no table yet.
        await rows.First.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1 .status")).ToHaveTextAsync("failed");
        await Assertions.Expect(page.Locator("#issues")).ToContainTextAsync("timeout");
        await WaitForPageDrawnAsync(page.Locator("figure[data-pdf-page]"));
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshot(page, "04-timed-out-document");

        // Retry: the job runs, the page follows it, and the new extraction replaces the failed one.
        await page.ClickAsync("#retry");
        await Assertions.Expect(page.Locator("#retry-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#retry-state")).ToHaveAttributeAsync("data-state", "Succeeded", new() { Timeout = (float)JobLimit.TotalMilliseconds });
        await Assertions.Expect(page.Locator("h1 .status")).Not.ToHaveTextAsync("failed");
        await Assertions.Expect(page.Locator("#issues")).Not.ToContainTextAsync("timeout");
        await Assertions.Expect(page.Locator("article.table-review").First).ToBeVisibleAsync();
        await Screenshot(page, "05-retry-succeeded");
        await WaitForPageDrawnAsync(page.Locator("figure[data-pdf-page]").First);
        await Screenshot(page, "06-retried-grid-beside-page");

        Assert.True(_consoleErrors.Count == 0, string.Join(Environment.NewLine, _consoleErrors));
    }

    [Fact]
    public async Task Document_ShowsEachGridBesideItsDrawnPdfPage()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/?issue=sum_mismatch");
        await page.Locator("#documents tbody tr a").First.ClickAsync();

        var firstTable = page.Locator("article.table-review").First;
        await Assertions.Expect(firstTable.Locator("table.grid tr").First).ToBeVisibleAsync();
        var figure = firstTable.Locator("figure[data-pdf-page]");
        await WaitForPageDrawnAsync(figure);
        await Screenshot(page, "07-grid-beside-page");

        Assert.True(await firstTable.Locator("table.grid tr").CountAsync() > 3);
        Assert.Equal(await figure.GetAttributeAsync("data-page"), await figure.GetAttributeAsync("data-rendered"));
        Assert.True(await InkShareAsync(figure.Locator("canvas")) > 0.005, "the drawn page is blank");
        Assert.True(_consoleErrors.Count == 0, string.Join(Environment.NewLine, _consoleErrors));
    }

    [Fact]
    public async Task Document_MultiPageTable_ShowsTheChosenPage()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/?issue=sum_mismatch");
        await page.Locator("#documents tbody tr a").First.ClickAsync();
        var figure = page.Locator("figure[data-pdf-page]:has(nav.pages)").First;
        if (await figure.CountAsync() == 0)
        {
            Assert.Fail("The seed document has no table spanning pages; pick a fixture that has one.");
        }

        await figure.ScrollIntoViewIfNeededAsync();
        await WaitForPageDrawnAsync(figure);
        var second = figure.Locator("nav.pages button").Nth(1);
        var wanted = await second.GetAttributeAsync("data-show-page");
        await second.ClickAsync();

        await Assertions.Expect(figure).ToHaveAttributeAsync("data-rendered", wanted!);
        await Assertions.Expect(figure.Locator(".page-number")).ToHaveTextAsync(wanted!);
    }

    [Fact]
    public async Task Document_PasswordProtectedPdf_SaysSoInsteadOfAPage()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/?issue=encrypted_pdf");
        await page.Locator("#documents tbody tr a").First.ClickAsync();

        await Assertions.Expect(page.Locator("#issues")).ToContainTextAsync("encrypted_pdf");
        var figure = page.Locator("figure[data-pdf-page]");
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-error", new Regex("password"));
        await Screenshot(page, "08-password-protected");
    }

    [Fact]
    public async Task Review_MarksTheDocumentAndTheListShowsIt()
    {
        var page = await SignInAsync();
        await page.GotoAsync("/?issue=encrypted_pdf");
        await page.Locator("#documents tbody tr a").First.ClickAsync();

        await page.ClickAsync("#review");

        await Assertions.Expect(page.Locator("#reviewed")).ToContainTextAsync(DashboardFactory.Username);
        await page.GotoAsync("/?reviewed=no");
        await Assertions.Expect(page.Locator("#documents")).Not.ToContainTextAsync("铜川市统计局");
    }

    [Fact]
    public async Task Hangfire_ShowsTheRecurringHarvestOfTheSeedFile()
    {
        var page = await SignInAsync();

        var response = await page.GotoAsync("/hangfire/recurring?count=100");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("BudgetHarvest jobs");
        var scheduled = Harvesting.Seeds.SeedLoader.Load(DemoSeeds).Targets.Count(t => t.Schedule is not null);
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(scheduled);
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("harvest:宝鸡市:621002:0");
        await Screenshot(page, "09-hangfire-recurring");
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await _context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        return page;
    }

    private async Task<IPage> SignInAsync()
    {
        var page = await NewPageAsync();
        await SignInForm.SignInAsync(page);
        return page;
    }

    private static async Task WaitForPageDrawnAsync(ILocator figure)
    {
        await figure.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(figure).ToHaveAttributeAsync("data-rendered", new Regex("^[0-9]+$"), new() { Timeout = 30_000 });
    }

    /// <summary>The share of a canvas's pixels that are not white: a drawn page has text and rules on it.</summary>
    private static Task<double> InkShareAsync(ILocator canvas) =>
        canvas.EvaluateAsync<double>("""
            c => {
                const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
                let ink = 0;
                for (let i = 0; i < data.length; i += 4) {
                    if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++;
                }
                return ink / (data.length / 4);
            }
            """);

    /// <summary>Saves what the operator sees (the viewport: document pages are many screens long).</summary>
    private static Task Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.ScreenshotFolder, name + ".png") });
}
