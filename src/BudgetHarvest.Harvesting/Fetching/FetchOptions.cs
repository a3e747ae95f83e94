namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// Resilience settings of fetching (configuration section <c>Harvesting:Fetch</c>). Retries, the
/// circuit breaker and the concurrency limit apply per host, so one slow or broken site never holds
/// up the others.
/// </summary>
public sealed class FetchOptions
{
    /// <summary>The longest one attempt (request and whole body) may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The longest a TCP/TLS connect may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after a transient failure (503, reset, timeout), with jittered exponential backoff.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; later ones grow exponentially.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Failure share over <see cref="BreakerSamplingDuration"/> that opens a host's circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Requests a host must have seen in the sampling window before its circuit may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which failures are counted.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit rejects requests before one is tried again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests in flight to one host at most.</summary>
    public int PerHostConcurrency { get; set; } = 4;

    /// <summary>Requests started per second per host at most; 0 for no rate limit.</summary>
    public double PerHostRequestsPerSecond { get; set; }

    /// <summary>The largest body accepted; larger ones fail as <c>too_large</c> without being read further.</summary>
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The largest index page read.</summary>
    public long MaxPageBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Redirects followed before a fetch fails as <c>too_many_redirects</c>.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Hosts a redirect may lead to besides the requested host itself (e.g. a portal's file server):
    /// <c>files.example.gov.cn</c> for that host, <c>.example.gov.cn</c> for every host under it.
    /// </summary>
    public IList<string> RedirectHosts { get; } = [];

    /// <summary>The User-Agent header sent.</summary>
    public string UserAgent { get; set; } = "BudgetHarvest/0.1 (+budget disclosure harvester)";

    /// <summary>True when <see cref="RedirectHosts"/> lets a redirect lead to <paramref name="host"/>.</summary>
    public bool AllowsRedirectTo(string host) => RedirectHosts.Any(allowed => allowed.StartsWith('.')
        ? host.EndsWith(allowed, StringComparison.OrdinalIgnoreCase) || string.Equals(host, allowed[1..], StringComparison.OrdinalIgnoreCase)
        : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase));
}
