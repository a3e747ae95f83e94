namespace BudgetHarvest.Web.Security;

/// <summary>
/// Who may sign in to the dashboard (configuration section <c>Dashboard</c>). Passwords are never
/// configured in clear: each user has a hash made with <c>--hash-password</c> (PBKDF2, ASP.NET Core
/// Identity's format). Only <c>appsettings.Development.json</c> carries a user, for local runs.
/// </summary>
public sealed class DashboardAccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Dashboard";

    /// <summary>The operators allowed in (<c>Dashboard:Users:0:Username</c>, <c>Dashboard:Users:0:PasswordHash</c> …).</summary>
    public List<DashboardUser> Users { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-in attempts one client address may make per minute for one username (<see cref="SignInThrottle"/>).</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> headers are believed: addresses
    /// (<c>10.0.0.5</c>) or networks (<c>172.16.0.0/12</c>). Empty: none, so no client can choose the
    /// address the sign-in limit counts by sending the header itself.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>A <see cref="TrustedProxies"/> entry as a network: an address alone is a network of one.</summary>
    public static bool TryParseProxy(string entry, out System.Net.IPNetwork network)
    {
        entry = entry.Trim();
        if (System.Net.IPNetwork.TryParse(entry, out network))
        {
            return true;
        }

        if (System.Net.IPAddress.TryParse(entry, out var address))
        {
            network = new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? 128 : 32);
            return true;
        }

        return false;
    }
}

/// <summary>One operator who may sign in.</summary>
public sealed class DashboardUser
{
    public string Username { get; set; } = "";

    /// <summary>The password's hash as <c>--hash-password</c> prints it.</summary>
    public string PasswordHash { get; set; } = "";
}
