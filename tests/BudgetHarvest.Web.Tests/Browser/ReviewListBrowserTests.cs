using BudgetHarvest.Web.Tests.Support;
using Microsoft.Playwright;

namespace BudgetHarvest.Web.Tests.Browser;

/// <summary>
/// The review list at scale in Chromium, over the real wide and Xi'an documents: paging through it,
/// filtering and sorting it, and a narrow (800 px) window where the issue panel must not overlap it.
/// The list as a reviewer first sees it is saved to <c>artifacts/screenshots/list.png</c>.
/// </summary>
[Collection(CorpusDashboardCollection.Name)]
public sealed class ReviewListBrowserTests : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const int Narrow = 800;

    /// <summary>Where the screenshots the closing note quotes are kept (gitignored, like all of <c>artifacts/</c>).</summary>
    private static readonly string ArtifactScreenshots = Path.Combine(Testing.Fixtures.RepositoryRoot, "artifacts", "screenshots");

    private readonly CorpusDashboard _corpus;
    private readonly ChromiumFixture _chromium;
    private DashboardFactory _factory = null!;
    private Uri _site = null!;
    private readonly List<string> _pageErrors = [];

    public ReviewListBrowserTests(CorpusDashboard corpus, ChromiumFixture chromium)
    {
        _corpus = corpus;
        _chromium = chromium;
    }

    public Task InitializeAsync()
    {
        _factory = new DashboardFactory(_corpus.Data);
        _site = _factory.ListenOnLoopback();
        Directory.CreateDirectory(ArtifactScreenshots);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task List_DefaultView_ShowsEachReviewableDocumentWithItsReason()
    {
        var page = await SignInAsync(1440);

        var rows = page.Locator("#documents tbody tr");
        await Assertions.Expect(page.Locator("#documents tbody tr[data-yield=refused]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#documents tbody tr[data-yield=narrative_only]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#documents tbody tr[data-yield=refused] td.why").First).ToContainTextAsync("refused");
        await Assertions.Expect(page.Locator("#documents thead")).ToContainTextAsync("Tables");
        await Assertions.Expect(page.Locator("#documents thead")).ToContainTextAsync("Lines");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactScreenshots, "list.png"), FullPage = true });

        Assert.True(await rows.CountAsync() >= 5);
        Assert.Empty(_pageErrors);
    }

    [Fact]
    public async Task List_Paging_WalksEveryPageWithTheTotal()
    {
        var page = await SignInAsync(1440);
        await page.GotoAsync("/?status=all&limit=10");
        var total = CorpusDashboard.Pdfs.Count;
        var seen = new HashSet<string>();

        for (var offset = 0; ; offset += 10)
        {
            await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync($"{offset + 1}–{Math.Min(offset + 10, total)} of {total} document(s)");
            foreach (var sha in await page.Locator("#documents tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.sha256)"))
            {
                Assert.True(seen.Add(sha), $"{sha} is listed on two pages");
            }

            if (await page.Locator("#next-page").CountAsync() == 0)
            {
                break;
            }

            await page.ClickAsync("#next-page");
        }

        Assert.Equal(total, seen.Count);
        Assert.Contains("offset=20", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#previous-page");
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync($"11–20 of {total} document(s)");
    }

    [Fact]
    public async Task List_FilterAndSort_NarrowTheListAndOrderIt()
    {
        var page = await SignInAsync(1440);
        await page.GotoAsync("/?status=all");

        await page.FillAsync("input[name=region]", "西安");
        await page.SelectOptionAsync("select[name=kind]", "department_budget");
        await page.ClickAsync("form.filters button[type=submit]");
        var rows = page.Locator("#documents tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#total")).ToHaveTextAsync("1–6 of 6 document(s)");

        await page.ClickAsync("#documents thead a[data-sort=lines]");
        await Assertions.Expect(page.Locator("#documents thead a[data-sort=lines]")).ToContainTextAsync("▼");
        var lines = (await page.Locator("#documents td.lines").AllTextContentsAsync()).Select(int.Parse).ToList();
        await page.ClickAsync("#documents thead a[data-sort=lines]");
        await Assertions.Expect(page.Locator("#documents thead a[data-sort=lines]")).ToContainTextAsync("▲");
        var ascending = (await page.Locator("#documents td.lines").AllTextContentsAsync()).Select(int.Parse).ToList();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactScreenshots, "list-filtered-sorted.png") });

        Assert.Equal(lines.OrderDescending(), lines);
        Assert.Equal(lines.Order(), ascending);
        Assert.Contains("region=", page.Url, StringComparison.Ordinal);
        Assert.Empty(_pageErrors);
    }

    [Fact]
    public async Task List_At800Pixels_IssuePanelDoesNotOverlapTheList()
    {
        var page = await SignInAsync(Narrow);
        await page.GotoAsync("/?status=all");

        var list = await page.Locator("section.documents").BoundingBoxAsync();
        var table = await page.Locator("#documents").BoundingBoxAsync();
        var scroller = await page.Locator("section.documents .list-scroll").BoundingBoxAsync();
        var panel = await page.Locator("aside.counts").BoundingBoxAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactScreenshots, "list-800px.png"), FullPage = true });

        Assert.NotNull(list);
        Assert.NotNull(table);
        Assert.NotNull(scroller);
        Assert.NotNull(panel);
        Assert.False(Overlap(list, panel), $"list {Box(list)} overlaps the issue panel {Box(panel)}");
        Assert.False(Overlap(table, panel), $"the table {Box(table)} overlaps the issue panel {Box(panel)}");
        Assert.True(scroller.X + scroller.Width <= Narrow, $"the list {Box(scroller)} runs past the {Narrow} px window");
        Assert.True(panel.X + panel.Width <= Narrow, $"the issue panel {Box(panel)} runs past the {Narrow} px window");
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Box(LocatorBoundingBoxResult b) => $"({b.X:0},{b.Y:0} {b.Width:0}×{b.Height:0})";

    private async Task<IPage> SignInAsync(int width)
    {
        var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 1000 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        await BrowserSteps.SignInAsync(page);
        return page;
    }
}
