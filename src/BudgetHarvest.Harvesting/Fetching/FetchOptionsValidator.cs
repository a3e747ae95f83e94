using Microsoft.Extensions.Options;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// Checks <see cref="FetchOptions"/> when the host starts (registered with <c>ValidateOnStart</c>), so a
/// setting that cannot work stops the host with its name instead of failing every fetch later.
/// The bounds are Polly's own where it has them.
/// </summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    private static readonly TimeSpan PollyShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan PollyLongestTimeout = TimeSpan.FromDays(1);
    private static readonly TimeSpan PollyShortestBreak = TimeSpan.FromMilliseconds(500);

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Prefix = "Harvesting:Fetch:";
        var failures = new List<string>();
        void Require(bool holds, string setting, string rule)
        {
            if (!holds)
            {
                failures.Add($"{Prefix}{setting} {rule}.");
            }
        }

        Require(options.AttemptTimeout >= PollyShortestTimeout && options.AttemptTimeout <= PollyLongestTimeout, nameof(options.AttemptTimeout), "must be between 10 ms and 1 day");
        Require(options.ConnectTimeout > TimeSpan.Zero, nameof(options.ConnectTimeout), "must be positive");
        Require(options.MaxRetries >= 0, nameof(options.MaxRetries), "must be 0 (no retries) or more");
        Require(options.RetryDelay >= TimeSpan.Zero && options.RetryDelay <= PollyLongestTimeout, nameof(options.RetryDelay), "must be between 0 and 1 day");
        Require(options.BreakerFailureRatio is > 0 and <= 1, nameof(options.BreakerFailureRatio), "must be above 0 and at most 1");
        Require(options.BreakerMinimumThroughput >= 2, nameof(options.BreakerMinimumThroughput), "must be 2 or more");
        Require(options.BreakerSamplingDuration >= PollyShortestBreak && options.BreakerSamplingDuration <= PollyLongestTimeout, nameof(options.BreakerSamplingDuration), "must be between 0.5 s and 1 day");
        Require(options.BreakDuration >= PollyShortestBreak && options.BreakDuration <= PollyLongestTimeout, nameof(options.BreakDuration), "must be between 0.5 s and 1 day");
        Require(options.PerHostConcurrency >= 1, nameof(options.PerHostConcurrency), "must be 1 or more");
        Require(options.PerHostRequestsPerSecond >= 0, nameof(options.PerHostRequestsPerSecond), "must be 0 (no limit) or more");
        Require(options.MaxBytes > 0, nameof(options.MaxBytes), "must be positive");
        Require(options.MaxPageBytes > 0, nameof(options.MaxPageBytes), "must be positive");
        Require(options.MaxRedirects >= 0, nameof(options.MaxRedirects), "must be 0 (follow none) or more");
        Require(!string.IsNullOrWhiteSpace(options.UserAgent), nameof(options.UserAgent), "must not be empty");
        Require(options.RedirectHosts.All(h => h.Trim('.').Length > 0 && Uri.CheckHostName(h.TrimStart('.')) != UriHostNameType.Unknown), nameof(options.RedirectHosts), "must list host names only (files.example.gov.cn, or .example.gov.cn for its subdomains)");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
