using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>What an operator's HTTP client does: sign in through the form, fetch antiforgery tokens, read the API.</summary>
internal static partial class Operator
{
    /// <summary>The API's JSON: snake_case, as the host writes it.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Anonymous(DashboardFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the sign-in form (with its antiforgery token).</summary>
    public static async Task<HttpClient> SignInAsync(DashboardFactory factory)
    {
        var client = Anonymous(factory);
        var response = await PostSignInAsync(client, DashboardFactory.Username, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the sign-in form as a browser would: first GET it for its token.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string username, string password)
    {
        var form = await client.GetStringAsync("/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = username,
            ["Password"] = password,
            ["__RequestVerificationToken"] = FormToken(form),
        }));
    }

    /// <summary>The antiforgery token of the first form in a page.</summary>
    public static string FormToken(string html) =>
        TokenInput().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>A POST to the API with the antiforgery header, as a script on the dashboard would send it.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path)
    {
        var antiforgery = await client.GetFromJsonAsync<AntiforgeryToken>("/api/antiforgery", Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add(antiforgery!.HeaderName, antiforgery.Token);
        return await client.SendAsync(request);
    }

    /// <summary>A POST of a JSON body to the API with the antiforgery header.</summary>
    public static async Task<HttpResponseMessage> PostJsonWithTokenAsync<T>(HttpClient client, string path, T body)
    {
        var antiforgery = await client.GetFromJsonAsync<AntiforgeryToken>("/api/antiforgery", Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add(antiforgery!.HeaderName, antiforgery.Token);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The documents <c>GET /api/documents</c> lists for a query string.</summary>
    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string query = "") =>
        [.. (await GetJsonAsync(client, "/api/documents" + query)).GetProperty("documents").EnumerateArray()];

    /// <summary>The stored document whose file has this name.</summary>
    public static async Task<JsonElement> FindByFileAsync(HttpClient client, string file) =>
        (await ListAsync(client, "?status=all")).Single(d => d.GetProperty("file").GetString() == file);

    /// <summary>Polls a retry job until it leaves the pending states.</summary>
    public static async Task<JsonElement> WaitForJobAsync(HttpClient client, string jobId)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            var job = await GetJsonAsync(client, $"/api/jobs/{jobId}");
            if (!job.GetProperty("is_pending").GetBoolean())
            {
                return job;
            }

            await Task.Delay(200, limit.Token);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    private sealed record AntiforgeryToken(string HeaderName, string Token);
}
