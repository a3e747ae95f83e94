using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BudgetHarvest.Web.Security;

/// <summary>
/// Counts failed sign-ins per client address <em>and</em> username, and refuses further attempts for that
/// pair once <see cref="DashboardAccessOptions.SignInAttemptsPerMinute"/> failures fall in one minute.
/// </summary>
/// <remarks>
/// A lockout keyed by the username alone, or by the address alone counting every attempt, lets anyone
/// lock the real operator out: a stranger guessing from elsewhere, or the operator's own successful
/// sign-ins. Keyed by the pair and counting failures only, a guesser locks out only itself (the
/// address is the connection's own, or one a configured trusted proxy vouches for), and a successful
/// sign-in clears its pair. Guesses are still capped: each pair gets the same small budget per minute.
/// </remarks>
public sealed class SignInThrottle(IOptions<DashboardAccessOptions> options, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Past this many tracked pairs, windows that have ended are dropped, so a flood of made-up
    // usernames cannot grow the table without bound.
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<(string Client, string User), Failures> _failures = new();

    /// <summary>True when this client has used up its failed attempts for this username in the current window.</summary>
    public bool IsLockedOut(string client, string? username) =>
        _failures.TryGetValue(Key(client, username), out var failures) && failures.InWindow(Now) && failures.Count >= Limit;

    /// <summary>Counts one failed attempt.</summary>
    public void RecordFailure(string client, string? username)
    {
        var now = Now;
        _failures.AddOrUpdate(Key(client, username), _ => new Failures(now, 1), (_, f) => f.InWindow(now) ? f with { Count = f.Count + 1 } : new Failures(now, 1));
        if (_failures.Count > PruneAbove)
        {
            foreach (var (key, failures) in _failures)
            {
                if (!failures.InWindow(now))
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>Forgets the failures of a pair that has just signed in.</summary>
    public void RecordSuccess(string client, string? username) => _failures.TryRemove(Key(client, username), out _);

    private int Limit => Math.Max(1, options.Value.SignInAttemptsPerMinute);

    private DateTimeOffset Now => timeProvider.GetUtcNow();

    private static (string, string) Key(string client, string? username) => (client, (username ?? "").Trim().ToUpperInvariant());

    private sealed record Failures(DateTimeOffset Start, int Count)
    {
        public bool InWindow(DateTimeOffset now) => now - Start < Window;
    }
}
