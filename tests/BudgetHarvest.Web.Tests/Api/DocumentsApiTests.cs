using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Api;

/// <summary>Listing, filtering, counting and reading documents through the JSON API; nothing here changes the data.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class DocumentsApiTests(SeededDashboard seeded) : IAsyncLifetime
{
    private DashboardFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new DashboardFactory(seeded.Data);
        _client = await Operator.SignInAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task List_Default_ReturnsTheDocumentsThatNeedReviewOnly()
    {
        var all = await Operator.ListAsync(_client, "?status=all");
        var listed = await Operator.ListAsync(_client);

        Assert.Equal(5, all.Count);
        Assert.Equal(
            all.Where(d => Status(d) is "failed" or "warning" || d.GetProperty("yield").GetString() != "ok").Select(File).Order(),
            listed.Select(File).Order());
        Assert.Contains(listed, d => File(d) == DashboardData.EncryptedFile && Status(d) == "failed");
        Assert.Contains(listed, d => File(d) == DashboardData.TimedOutFile && Status(d) == "failed");
        Assert.Contains(listed, d => File(d) == DashboardData.WarningFile && Status(d) == "warning");
        Assert.Contains(all, d => Status(d) == "ok");
    }

    [Fact]
    public async Task List_ByStatusFailed_ReturnsTheTwoFailures()
    {
        var failed = await Operator.ListAsync(_client, "?status=failed");

        Assert.Equal(new[] { DashboardData.EncryptedFile, DashboardData.TimedOutFile }.Order(StringComparer.Ordinal), failed.Select(File).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("encrypted_pdf", DashboardData.EncryptedFile)]
    [InlineData("timeout", DashboardData.TimedOutFile)]
    [InlineData("sum_mismatch", DashboardData.WarningFile)]
    public async Task List_ByIssueCode_ReturnsTheDocumentsCarryingIt(string code, string file)
    {
        var listed = await Operator.ListAsync(_client, $"?status=all&issue={code}");

        Assert.Equal([file], listed.Select(File));
    }

    [Fact]
    public async Task List_ByUnitAndYear_NarrowsTheList()
    {
        var baoji = await Operator.ListAsync(_client, "?status=all&unit=" + Uri.EscapeDataString("宝鸡"));
        var baoji2023 = await Operator.ListAsync(_client, "?status=all&year=2023&unit=" + Uri.EscapeDataString("宝鸡"));

        Assert.Equal(new[] { DashboardData.WarningFile, DashboardData.TimedOutFile }.Order(StringComparer.Ordinal), baoji.Select(File).Order(StringComparer.Ordinal));
        Assert.Equal([DashboardData.WarningFile], baoji2023.Select(File));
    }

    [Theory]
    [InlineData("?status=broken")]
    [InlineData("?reviewed=maybe")]
    [InlineData("?year=99")]
    [InlineData("?limit=0")]
    public async Task List_InvalidFilter_Returns400WithTheReason(string query)
    {
        using var response = await _client.GetAsync("/api/documents" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueCodes_CountDocumentsPerCode()
    {
        // One row per code and severity: the seed's narrative mismatches come as warnings and infos.
        var counts = (await Operator.GetJsonAsync(_client, "/api/issue-codes?status=all")).EnumerateArray()
            .ToDictionary(c => (c.GetProperty("code").GetString()!, c.GetProperty("severity").GetString()!), c => c);

        Assert.Equal(1, counts[("encrypted_pdf", "error")].GetProperty("documents").GetInt32());
        Assert.Equal(1, counts[("timeout", "error")].GetProperty("documents").GetInt32());
        Assert.Equal(1, counts[("sum_mismatch", "warning")].GetProperty("documents").GetInt32());
        Assert.True(counts[("sum_mismatch", "warning")].GetProperty("issues").GetInt32() >= 1);
    }

    [Fact]
    public async Task Detail_ReturnsMetadataIssuesAndEachTableWithGridAndPages()
    {
        var sha = Sha(await Operator.FindByFileAsync(_client, DashboardData.WarningFile));

        var detail = await Operator.GetJsonAsync(_client, $"/api/documents/{sha}");

        var document = detail.GetProperty("document");
        Assert.Equal("宝鸡市大数据管理中心", document.GetProperty("unit_name").GetString());
        Assert.Equal("621002", document.GetProperty("unit_code").GetString());
        Assert.Equal(2023, document.GetProperty("year").GetInt32());
        var issues = detail.GetProperty("issues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("code").GetString() == "sum_mismatch" && i.GetProperty("message").GetString()!.Length > 10);
        var tables = detail.GetProperty("tables").EnumerateArray().ToList();
        Assert.True(tables.Count >= 8, $"{tables.Count} tables");
        Assert.All(tables.Where(t => !t.GetProperty("empty").GetBoolean()), t =>
        {
            Assert.NotEmpty(t.GetProperty("pages").EnumerateArray());
            Assert.NotEmpty(t.GetProperty("grid").EnumerateArray());
        });
        Assert.True(detail.GetProperty("pdf_stored").GetBoolean());
        Assert.Equal($"/api/documents/{sha}/pdf", detail.GetProperty("pdf_url").GetString());
    }

    [Fact]
    public async Task Pdf_ServesTheStoredBytesOfThatSha256()
    {
        var sha = Sha(await Operator.FindByFileAsync(_client, DashboardData.WarningFile));

        using var response = await _client.GetAsync($"/api/documents/{sha}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(sha, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-sha")]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    public async Task Detail_UnknownOrMalformedSha256_Returns404(string sha)
    {
        using var detail = await _client.GetAsync($"/api/documents/{sha}");
        using var pdf = await _client.GetAsync($"/api/documents/{sha}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("not-a-job")]
    public async Task Job_Unknown_Returns404(string jobId)
    {
        using var response = await _client.GetAsync($"/api/jobs/{jobId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SourceFailures_ListTheEmptyFileWithItsReason()
    {
        var failures = (await Operator.GetJsonAsync(_client, "/api/source-failures")).GetProperty("failures").EnumerateArray().ToList();

        var empty = Assert.Single(failures, f => f.GetProperty("failure").GetProperty("source_uri").GetString()!.EndsWith(DashboardData.EmptyFile, StringComparison.Ordinal));
        Assert.Equal("汉中市应急管理局", empty.GetProperty("failure").GetProperty("unit_name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(empty.GetProperty("failure").GetProperty("message").GetString()));
    }

    [Fact]
    public async Task SourceFailures_PagesOfOne_GiveEachFailureOnceWithTheTotal()
    {
        var all = await Operator.GetJsonAsync(_client, "/api/source-failures?pageSize=500");
        var total = all.GetProperty("total").GetInt32();
        Assert.Equal(total, all.GetProperty("failures").GetArrayLength());
        Assert.True(total >= 1);

        var ids = new List<long>();
        for (var page = 1; page <= total + 1; page++)
        {
            var one = await Operator.GetJsonAsync(_client, $"/api/source-failures?page={page}&pageSize=1");
            Assert.Equal((page, 1, total), (one.GetProperty("page").GetInt32(), one.GetProperty("page_size").GetInt32(), one.GetProperty("total").GetInt32()));
            ids.AddRange(one.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        }

        Assert.Equal(all.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()), ids);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=501")]
    public async Task SourceFailures_PagingOutOfBounds_Returns400(string query)
    {
        using var response = await _client.GetAsync($"/api/source-failures?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DashboardPage_ShowsFailuresWithTheirReasonAndTheCounts()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("铜川市统计局", html, StringComparison.Ordinal);
        Assert.Contains("encrypted_pdf", html, StringComparison.Ordinal);
        Assert.Contains("id=\"issue-counts\"", html, StringComparison.Ordinal);
        Assert.Contains(DashboardData.EmptyFile, html, StringComparison.Ordinal);
        Assert.DoesNotContain("咸阳市图书馆", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_ShowsGridsBesideTheirPdfPages()
    {
        var sha = Sha(await Operator.FindByFileAsync(_client, DashboardData.WarningFile));

        var html = await _client.GetStringAsync($"/documents/{sha}");

        Assert.Contains("class=\"grid\"", html, StringComparison.Ordinal);
        Assert.Contains("data-pdf-page", html, StringComparison.Ordinal);
        Assert.Contains($"data-pdf-url=\"/api/documents/{sha}/pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("sum_mismatch", html, StringComparison.Ordinal);
    }

    private static string File(JsonElement document) => document.GetProperty("file").GetString()!;

    private static string Status(JsonElement document) => document.GetProperty("status").GetString()!;

    private static string Sha(JsonElement document) => document.GetProperty("sha256").GetString()!;
}
