using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Api;

/// <summary>Retry and Mark reviewed through the API and the page forms, each test on its own copy of the seeded data.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class RetryAndReviewTests(SeededDashboard seeded) : IAsyncLifetime
{
    private DashboardData _data = null!;
    private DashboardFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _data = seeded.Data.Copy();
        _factory = new DashboardFactory(_data);
        _client = await Operator.SignInAsync(_factory);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Retry_TimedOutDocument_ReplacesTheFailedExtraction()
    {
        var before = await Operator.FindByFileAsync(_client, DashboardData.TimedOutFile);
        var sha = before.GetProperty("sha256").GetString()!;

        using var response = await Operator.PostWithTokenAsync(_client, $"/api/documents/{sha}/retry");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var retry = await response.Content.ReadFromJsonAsync<JsonElement>();
        var job = await Operator.WaitForJobAsync(_client, retry.GetProperty("job_id").GetString()!);
        var after = await Operator.GetJsonAsync(_client, $"/api/documents/{sha}");

        Assert.Equal("failed", before.GetProperty("status").GetString());
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        var document = after.GetProperty("document");
        Assert.NotEqual("failed", document.GetProperty("status").GetString());
        Assert.Equal(sha, document.GetProperty("sha256").GetString());
        Assert.Equal(2021, document.GetProperty("year").GetInt32());
        // The provenance of the harvest is kept: the seed's unit and where the PDF came from.
        Assert.Equal("312012", document.GetProperty("unit_code").GetString());
        Assert.Equal(before.GetProperty("source_uri").GetString(), document.GetProperty("source_uri").GetString());
        Assert.DoesNotContain(after.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "timeout");
        Assert.NotEmpty(after.GetProperty("tables").EnumerateArray());
        Assert.Single(await Operator.ListAsync(_client, "?status=all&unit=" + Uri.EscapeDataString("宝鸡市图书馆")));
        Assert.Empty(await Operator.ListAsync(_client, "?issue=timeout"));
    }

    [Fact]
    public async Task Retry_EncryptedDocument_RunsAndStaysFailedWithItsReason()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.EncryptedFile)).GetProperty("sha256").GetString()!;

        using var response = await Operator.PostWithTokenAsync(_client, $"/api/documents/{sha}/retry");
        var job = await Operator.WaitForJobAsync(_client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job_id").GetString()!);
        var after = await Operator.GetJsonAsync(_client, $"/api/documents/{sha}");

        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Equal("failed", after.GetProperty("document").GetProperty("status").GetString());
        Assert.Single(after.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "encrypted_pdf");
    }

    [Fact]
    public async Task Retry_WithoutAntiforgeryToken_Returns400AndEnqueuesNothing()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.TimedOutFile)).GetProperty("sha256").GetString()!;

        using var response = await _client.PostAsync($"/api/documents/{sha}/retry", null);
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{sha}/retry");
        forged.Headers.Add("RequestVerificationToken", "forged");
        using var forgedResponse = await _client.SendAsync(forged);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedResponse.StatusCode);
        Assert.Equal("failed", (await Operator.FindByFileAsync(_client, DashboardData.TimedOutFile)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Review_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.EncryptedFile)).GetProperty("sha256").GetString()!;

        using var response = await _client.PostAsync($"/api/documents/{sha}/review", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await Operator.FindByFileAsync(_client, DashboardData.EncryptedFile)).GetProperty("reviewed_at").ValueKind);
    }

    [Fact]
    public async Task Review_MarksTheDocumentReviewedByTheOperator()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.EncryptedFile)).GetProperty("sha256").GetString()!;

        using var response = await Operator.PostWithTokenAsync(_client, $"/api/documents/{sha}/review");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reviewed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DashboardFactory.Username, reviewed.GetProperty("reviewed_by").GetString());
        Assert.NotEqual(JsonValueKind.Null, reviewed.GetProperty("reviewed_at").ValueKind);
        Assert.DoesNotContain(await Operator.ListAsync(_client, "?reviewed=no"), d => d.GetProperty("sha256").GetString() == sha);
        Assert.Contains(await Operator.ListAsync(_client, "?reviewed=yes"), d => d.GetProperty("sha256").GetString() == sha);
    }

    [Fact]
    public async Task Actions_UnknownDocument_Return404()
    {
        const string unknown = "1111111111111111111111111111111111111111111111111111111111111111";

        using var retry = await Operator.PostWithTokenAsync(_client, $"/api/documents/{unknown}/retry");
        using var review = await Operator.PostWithTokenAsync(_client, $"/api/documents/{unknown}/review");

        Assert.Equal(HttpStatusCode.NotFound, retry.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
    }

    [Fact]
    public async Task RetryForm_OnTheDocumentPage_QueuesAJobAndFollowsIt()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.TimedOutFile)).GetProperty("sha256").GetString()!;
        var page = await _client.GetStringAsync($"/documents/{sha}");

        using var response = await _client.PostAsync($"/documents/{sha}?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Operator.FormToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/documents/{sha}?job=", location, StringComparison.Ordinal);
        var job = await Operator.WaitForJobAsync(_client, location[(location.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        var followed = await _client.GetStringAsync(location);
        Assert.Contains("data-state=\"Succeeded\"", followed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewForm_WithoutToken_Returns400()
    {
        var sha = (await Operator.FindByFileAsync(_client, DashboardData.EncryptedFile)).GetProperty("sha256").GetString()!;

        using var response = await _client.PostAsync($"/documents/{sha}?handler=Review", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
