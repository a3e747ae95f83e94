using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Security;

/// <summary>Checks a username and password against the configured <see cref="DashboardAccessOptions.Users"/>.</summary>
public sealed class DashboardCredentials(IOptionsMonitor<DashboardAccessOptions> options)
{
    private static readonly PasswordHasher<DashboardUser> Hasher = new();

    // An unknown user is checked against this hash too, so the answer takes as long as for a known one
    // and the response time does not tell which usernames exist.
    private static readonly string DecoyHash = Hasher.HashPassword(new DashboardUser(), Guid.NewGuid().ToString("N"));

    /// <summary>Hashes a password in the format <see cref="DashboardUser.PasswordHash"/> expects.</summary>
    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Hasher.HashPassword(new DashboardUser(), password);
    }

    /// <summary>The user's canonical name when the password is theirs, otherwise null.</summary>
    public string? Verify(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = options.CurrentValue.Users.Find(u => string.Equals(u.Username, username.Trim(), StringComparison.OrdinalIgnoreCase));
        var hash = user?.PasswordHash is { Length: > 0 } stored ? stored : DecoyHash;
        PasswordVerificationResult result;
        try
        {
            result = Hasher.VerifyHashedPassword(user ?? new DashboardUser(), hash, password);
        }
        catch (FormatException)
        {
            // A malformed configured hash lets nobody in; startup validation reports it.
            return null;
        }

        return user is not null && result != PasswordVerificationResult.Failed ? user.Username : null;
    }

    /// <summary>Why the configured users cannot work, or null when they can.</summary>
    public static string? Problem(DashboardAccessOptions options)
    {
        if (options.Users.Count == 0)
        {
            return "No dashboard user is configured: set Dashboard:Users:0:Username and Dashboard:Users:0:PasswordHash " +
                   "(make the hash with: dotnet run --project src/BudgetHarvest.Web -- --hash-password).";
        }

        foreach (var user in options.Users)
        {
            if (string.IsNullOrWhiteSpace(user.Username))
            {
                return "A dashboard user has no Username.";
            }

            if (!LooksLikeHash(user.PasswordHash))
            {
                return $"Dashboard user '{user.Username}' has no valid PasswordHash; passwords are configured as hashes made with --hash-password, never in clear.";
            }
        }

        return options.TrustedProxies.FirstOrDefault(p => !DashboardAccessOptions.TryParseProxy(p, out _)) is { } proxy
            ? $"Dashboard:TrustedProxies has '{proxy}', which is neither an address (10.0.0.5) nor a network (172.16.0.0/12)."
            : null;
    }

    private static bool LooksLikeHash(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash))
        {
            return false;
        }

        var bytes = new byte[hash.Length];
        // Identity's v3 format: base64 of a 0x01 marker, the PRF, iterations, salt and subkey.
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }
}
