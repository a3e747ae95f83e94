using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Security;

/// <summary>
/// Sign-ins ended by logout. A sign-in cookie is self-contained and stays valid until it expires, so
/// each sign-in carries a session id (<see cref="SessionClaim"/>) and logging out records that id here;
/// the cookie handler then rejects the cookie, even a copy taken before the logout. Ids are kept for one
/// <see cref="DashboardAccessOptions.SessionLifetime"/>, after which the cookie has expired anyway.
/// </summary>
/// <remarks>In this process's memory: a second dashboard instance behind the same proxy would need a shared list.</remarks>
public sealed class RevokedSessions(IOptions<DashboardAccessOptions> options, TimeProvider timeProvider)
{
    /// <summary>The claim holding the session id.</summary>
    public const string SessionClaim = "budgetharvest:session";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    /// <summary>A new, unguessable session id for a sign-in.</summary>
    public static string NewSessionId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>Ends the session: its cookie is refused from now on.</summary>
    public void Revoke(string sessionId)
    {
        var now = timeProvider.GetUtcNow();
        _revoked[sessionId] = now + options.Value.SessionLifetime;
        foreach (var (id, until) in _revoked)
        {
            if (until < now)
            {
                _revoked.TryRemove(id, out _);
            }
        }
    }

    /// <summary>True when the session was ended by a logout (or has no id: a cookie from before sessions were tracked).</summary>
    public bool IsRevoked(string? sessionId) => sessionId is null || _revoked.ContainsKey(sessionId);
}
