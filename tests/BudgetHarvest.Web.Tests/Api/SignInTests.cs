using System.Net;
using BudgetHarvest.Web.Tests.Support;

namespace BudgetHarvest.Web.Tests.Api;

[Collection(SeededDashboardCollection.Name)]
public sealed class SignInTests(SeededDashboard seeded) : IAsyncLifetime
{
    private DashboardFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new DashboardFactory(seeded.Data);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/api/documents?status=failed")]
    [InlineData("/api/issue-codes")]
    [InlineData("/api/source-failures")]
    [InlineData("/api/antiforgery")]
    public async Task Api_Anonymous_Returns401WithoutData(string path)
    {
        using var client = Operator.Anonymous(_factory);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("宝鸡", body, StringComparison.Ordinal);
        Assert.DoesNotContain("sha256", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentApi_Anonymous_Returns401ForDetailPdfAndActions()
    {
        using var signedIn = await Operator.SignInAsync(_factory);
        var sha = (await Operator.FindByFileAsync(signedIn, DashboardData.EncryptedFile)).GetProperty("sha256").GetString();
        using var client = Operator.Anonymous(_factory);

        using var detail = await client.GetAsync($"/api/documents/{sha}");
        using var pdf = await client.GetAsync($"/api/documents/{sha}/pdf");
        using var retry = await client.PostAsync($"/api/documents/{sha}/retry", null);
        using var review = await client.PostAsync($"/api/documents/{sha}/review", null);

        Assert.All([detail, pdf, retry, review], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?status=failed&issue=encrypted_pdf")]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/failed")]
    public async Task Pages_Anonymous_RedirectToSignIn(string path)
    {
        using var client = Operator.Anonymous(_factory);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path.Split('?')[0]), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndGrantsNothing()
    {
        using var client = Operator.Anonymous(_factory);

        using var response = await Operator.PostSignInAsync(client, DashboardFactory.Username, "wrong password");
        using var api = await client.GetAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong username or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownUser_IsRefusedLikeAWrongPassword()
    {
        using var client = Operator.Anonymous(_factory);

        using var response = await Operator.PostSignInAsync(client, "intruder", DashboardFactory.Password);

        Assert.Contains("Wrong username or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Returns400()
    {
        using var client = Operator.Anonymous(_factory);

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = DashboardFactory.Username,
            ["Password"] = DashboardFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task SignIn_RightPassword_OpensDashboardApiAndHangfire()
    {
        using var client = await Operator.SignInAsync(_factory);

        using var page = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/documents");
        using var hangfire = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hangfire.StatusCode);
        Assert.Contains("BudgetHarvest jobs", await hangfire.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ExternalReturnUrl_RedirectsHomeInstead()
    {
        using var client = Operator.Anonymous(_factory);
        var form = await client.GetStringAsync("/login");

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = DashboardFactory.Username,
            ["Password"] = DashboardFactory.Password,
            ["ReturnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = Operator.FormToken(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        using var client = await Operator.SignInAsync(_factory);
        var page = await client.GetStringAsync("/");

        using var response = await client.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Operator.FormToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/documents")).StatusCode);
    }

    [Fact]
    public async Task SignOut_CopyOfTheCookieTakenBefore_NoLongerWorks()
    {
        // A client that keeps no cookies of its own: the test carries them, as someone who copied them would.
        using var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new Dictionary<string, string>(StringComparer.Ordinal);
        var form = await SendAsync(client, jar, HttpMethod.Get, "/login");
        using var signIn = await SendAsync(client, jar, HttpMethod.Post, "/login", new()
        {
            ["Username"] = DashboardFactory.Username,
            ["Password"] = DashboardFactory.Password,
            ["__RequestVerificationToken"] = Operator.FormToken(await form.Content.ReadAsStringAsync()),
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var copied = new Dictionary<string, string>(jar, StringComparer.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, copied, HttpMethod.Get, "/api/documents")).StatusCode);

        var page = await SendAsync(client, jar, HttpMethod.Get, "/");
        using var logout = await SendAsync(client, jar, HttpMethod.Post, "/logout", new() { ["__RequestVerificationToken"] = Operator.FormToken(await page.Content.ReadAsStringAsync()) });
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, copied, HttpMethod.Get, "/api/documents")).StatusCode);
    }

    [Fact]
    public async Task Hangfire_SignedIn_RefusesToBeFramed()
    {
        using var client = await Operator.SignInAsync(_factory);

        using var response = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.9.8.7")]
    public async Task SignIn_RotatingForwardedFor_FromAnUntrustedClient_IsStillLimited(string? trustedProxy)
    {
        // As behind the README's old advice (ASPNETCORE_FORWARDEDHEADERS_ENABLED), which trusted every sender.
        var settings = new Dictionary<string, string?> { ["Dashboard:SignInAttemptsPerMinute"] = "2", ["FORWARDEDHEADERS_ENABLED"] = "true" };
        if (trustedProxy is not null)
        {
            settings["Dashboard:TrustedProxies:0"] = trustedProxy; // a proxy elsewhere: this loopback client is not it
        }

        await using var factory = new DashboardFactory(seeded.Data, settings);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = factory.ListenOnLoopback() };

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            using var response = await Operator.PostSignInAsync(client, DashboardFactory.Username, "guess " + attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Sends with the cookies of <paramref name="jar"/> and keeps the ones the answer sets.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> jar, HttpMethod method, string path, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            jar[pair[0]] = pair[1];
        }

        return response;
    }

    [Fact]
    public async Task SignIn_TooManyAttempts_Returns429()
    {
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?> { ["Dashboard:SignInAttemptsPerMinute"] = "2" });
        using var client = Operator.Anonymous(factory);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await Operator.PostSignInAsync(client, DashboardFactory.Username, "guess " + attempt);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SignIn_GuesserElsewhereLockedOut_RealUserStillSignsIn()
    {
        // Both clients reach the host through a trusted proxy (loopback), which names their addresses.
        var settings = new Dictionary<string, string?> { ["Dashboard:SignInAttemptsPerMinute"] = "2", ["Dashboard:TrustedProxies:0"] = "127.0.0.1", ["Dashboard:TrustedProxies:1"] = "::1" };
        await using var factory = new DashboardFactory(seeded.Data, settings);
        using var guesser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = factory.ListenOnLoopback() };
        guesser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using var user = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = guesser.BaseAddress };
        user.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");

        var guesses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await Operator.PostSignInAsync(guesser, DashboardFactory.Username, "guess " + attempt);
            guesses.Add(response.StatusCode);
        }

        using var signIn = await Operator.PostSignInAsync(user, DashboardFactory.Username, DashboardFactory.Password);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], guesses);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task SignIn_SuccessfulSignIns_AreNotCountedAgainstTheUser()
    {
        await using var factory = new DashboardFactory(seeded.Data, new Dictionary<string, string?> { ["Dashboard:SignInAttemptsPerMinute"] = "2" });

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var client = Operator.Anonymous(factory);
            using var response = await Operator.PostSignInAsync(client, DashboardFactory.Username, DashboardFactory.Password);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
    }
}
