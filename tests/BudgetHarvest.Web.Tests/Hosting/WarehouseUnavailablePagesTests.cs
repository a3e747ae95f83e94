using System.Net;
using System.Net.Http.Headers;
using BudgetHarvest.Web.Hosting;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Hosting;

/// <summary>A warehouse that is down: browsers get the HTML error page with a retry hint, API clients problem+json; both a 503 with Retry-After.</summary>
[Collection(SeededDashboardCollection.Name)]
public sealed class WarehouseUnavailablePagesTests(SeededDashboard seeded)
{
    // Nothing listens on port 1; queues and stores stay local so the host itself starts.
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["ConnectionStrings:Warehouse"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Database=none;Timeout=2",
        ["Harvesting:JobStorage"] = "InMemory",
        ["Harvesting:Store"] = "Folder",
    };

    [Fact]
    public async Task ReviewList_BrowserWhileTheWarehouseIsDown_GetsTheHtmlErrorPageWithARetryHint()
    {
        await using var factory = new DashboardFactory(seeded.Data, Unreachable);
        using var client = await Operator.SignInAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?status=all");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WarehouseUnavailableHandler.RetryAfter, response.Headers.RetryAfter?.Delta);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("503", page, StringComparison.Ordinal);
        Assert.Contains("reload this page", page, StringComparison.Ordinal);
        Assert.Contains("Try again", page, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentsApi_WhileTheWarehouseIsDown_KeepsProblemJson()
    {
        await using var factory = new DashboardFactory(seeded.Data, Unreachable);
        using var client = await Operator.SignInAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WarehouseUnavailableHandler.RetryAfter, response.Headers.RetryAfter?.Delta);
        Assert.Contains("The warehouse is unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
