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

    /// <summary>Failed or successful sign-in attempts one client address may make per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}

/// <summary>One operator who may sign in.</summary>
public sealed class DashboardUser
{
    public string Username { get; set; } = "";

    /// <summary>The password's hash as <c>--hash-password</c> prints it.</summary>
    public string PasswordHash { get; set; } = "";
}
