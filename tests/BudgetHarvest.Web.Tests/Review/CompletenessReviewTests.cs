using System.Net;
using System.Text.Json;
using BudgetHarvest.Core.Model;
using BudgetHarvest.Testing;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Review;

/// <summary>
/// Issue 15's "done when": on a load of <c>fixtures/wide</c> plus <c>fixtures/real</c>, every refused,
/// narrative-only or low-yield document appears in the default review list with the reason, and
/// the list pages with a total and filters by region, kind and search.
/// </summary>
[Collection(CorpusDashboardCollection.Name)]
public sealed class CompletenessReviewTests(CorpusDashboard corpus) : IAsyncLifetime
{
    private static readonly string[] ReviewableYields = ["low_yield", "narrative_only", "refused"];

    private DashboardFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new DashboardFactory(corpus.Data);
        _client = await Operator.SignInAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task DefaultList_EveryRefusedNarrativeOnlyOrLowYieldDocument_IsListedWithItsReason()
    {
        var all = await Operator.ListAsync(_client, "?status=all&limit=1000");
        var listed = (await Operator.ListAsync(_client, "?limit=1000")).ToDictionary(File);
        var html = await _client.GetStringAsync("/?limit=1000");

        var reviewable = all.Where(d => ReviewableYields.Contains(Yield(d))).ToList();
        Assert.Equal(CorpusDashboard.Pdfs.Count, all.Count);
        Assert.All(reviewable, d =>
        {
            Assert.True(listed.TryGetValue(File(d), out var row), $"{File(d)} ({Yield(d)}) is not in the default list");
            Assert.Equal(Yield(d), Yield(row));
            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("yield_reason").GetString()), $"{File(d)} is listed without a reason");
            Assert.Contains($"data-sha256=\"{row.GetProperty("sha256").GetString()}\"", html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(Shortened(row.GetProperty("yield_reason").GetString()!)), html, StringComparison.Ordinal);
        });

        // The hand-checked truth says which documents must be refused or are narrative only.
        foreach (var pdf in CorpusDashboard.Pdfs)
        {
            var truth = Fixtures.GroundTruth(pdf);
            var expected = truth.Issues.Exists(i => i.Severity == IssueSeverity.Error && i.Code is IssueCodes.NotADisclosure or IssueCodes.NoTextLayer) ? "refused"
                : truth.Issues.Exists(i => i.Code == IssueCodes.TablesNotInPdf) ? "narrative_only"
                : null;
            if (expected is not null)
            {
                Assert.Equal(expected, Yield(listed[Path.GetFileName(pdf)]));
            }
        }

        Assert.True(reviewable.Count >= 5, $"only {reviewable.Count} reviewable documents: the corpus has four refusals and one narrative-only budget");
    }

    [Fact]
    public async Task DefaultList_TablesAndLines_AreColumns()
    {
        var html = await _client.GetStringAsync("/?status=all&limit=1000");
        var all = await Operator.ListAsync(_client, "?status=all&limit=1000");

        Assert.Contains(">Tables", html, StringComparison.Ordinal);
        Assert.Contains(">Lines", html, StringComparison.Ordinal);
        var biggest = all.MaxBy(d => d.GetProperty("budget_lines").GetInt32());
        Assert.Contains($"<td class=\"num lines\">{biggest.GetProperty("budget_lines").GetInt32()}</td>", html, StringComparison.Ordinal);
        Assert.All(all, d => Assert.True(d.GetProperty("tables").GetInt32() >= 0));
        Assert.Contains(all, d => d.GetProperty("tables").GetInt32() >= 10 && d.GetProperty("tables_expected").GetInt32() >= d.GetProperty("tables").GetInt32());
    }

    [Fact]
    public async Task List_Pages_CarryTheTotalAndAddUp()
    {
        var first = await Operator.GetJsonAsync(_client, "/api/documents?status=all&limit=10&sort=unit&dir=asc");
        var total = first.GetProperty("total").GetInt32();
        var files = new List<string>();
        for (var offset = 0; offset < total; offset += 10)
        {
            files.AddRange(await Operator.ListAsync(_client, $"?status=all&limit=10&sort=unit&dir=asc&offset={offset}") is var page ? page.Select(File) : []);
        }

        Assert.Equal(CorpusDashboard.Pdfs.Count, total);
        Assert.Equal(10, first.GetProperty("documents").GetArrayLength());
        Assert.Equal(CorpusDashboard.Pdfs.Select(Path.GetFileName).Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("?status=all&region=" + "%E4%B8%8A%E6%B5%B7", 2)] // 上海
    [InlineData("?status=all&region=" + "%E8%A5%BF%E5%AE%89&kind=department_budget", 6)] // 西安, the real Xi'an budgets
    [InlineData("?status=all&kind=unit_budget", 5)]
    [InlineData("?status=all&q=" + "%E6%B0%94%E8%B1%A1", 2)] // 气象: two meteorological bureaus
    [InlineData("?status=refused", 4)]
    [InlineData("?status=narrative_only", 1)]
    public async Task List_Filters_SelectAndCountAlike(string query, int expected)
    {
        var page = await Operator.GetJsonAsync(_client, "/api/documents" + query);

        Assert.Equal(expected, page.GetProperty("documents").GetArrayLength());
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_SourceLinks_AreDecodedAndClickable()
    {
        var html = await _client.GetStringAsync("/?status=all&limit=1000");
        var pdf = CorpusDashboard.Pdfs[0];

        var encoded = CorpusDashboard.SourceOf(pdf);
        Assert.Contains($"href=\"{encoded}\"", html, StringComparison.Ordinal);
        Assert.Contains($">{CorpusDashboard.SourceBase}{Path.GetFileName(pdf)}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/documents/0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/?status=broken", HttpStatusCode.BadRequest)]
    public async Task Browser_Errors_AreHtmlPages(string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await _client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Errors_StayJson()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents/0000000000000000000000000000000000000000000000000000000000000000");
        request.Headers.Accept.ParseAdd("text/html,*/*;q=0.8");
        using var bad = await _client.GetAsync("/api/documents?status=broken");

        using var missing = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotEqual("text/html", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    private static string File(JsonElement document) => document.GetProperty("file").GetString()!;

    private static string Yield(JsonElement document) => document.GetProperty("yield").GetString()!;

    // The list shortens long reasons; their start is what must be shown.
    private static string Shortened(string reason) => reason.Length <= 60 ? reason : reason[..60];
}
