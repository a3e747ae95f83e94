using BudgetHarvest.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetHarvest.Web.Tests.Support;

/// <summary>
/// The serve host (its own Program) over <see cref="DashboardData"/>, with one configured operator.
/// In memory for API tests; with <see cref="ListenOnLoopback"/>, on a real 127.0.0.1 port for Chromium.
/// </summary>
internal sealed class DashboardFactory(DashboardData data, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Username = "operator";

    public const string Password = "correct horse battery staple";

    private static readonly string PasswordHash = DashboardCredentials.Hash(Password);

    public DashboardData Data => data;

    /// <summary>Serves on a free loopback port with Kestrel, reachable by a browser; returns the base address.</summary>
    public Uri ListenOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var all = new Dictionary<string, string?>(data.Settings)
        {
            ["Dashboard:Users:0:Username"] = Username,
            ["Dashboard:Users:0:PasswordHash"] = PasswordHash,
            ["Dashboard:SignInAttemptsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Host settings reach the builder before Program reads configuration (the warehouse and Hangfire storage are chosen at registration).
        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }
    }
}
