using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

namespace BudgetHarvest.Harvesting.Fetching;

/// <summary>
/// One Polly pipeline per host: retry with jittered backoff on transient failures only, a circuit
/// breaker, a concurrency (and optional rate) limit, and a per-attempt timeout. Keyed by host so a
/// failing site opens its own circuit and never pauses the others.
/// </summary>
public sealed class HostPipelines : IAsyncDisposable, IDisposable
{
    private readonly FetchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly List<RateLimiter> _rateLimiters = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FetchException> _openedBy = new(StringComparer.OrdinalIgnoreCase);

    public HostPipelines(IOptions<FetchOptions> options, TimeProvider timeProvider)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
    }

    /// <summary>The pipeline of the URL's host (created on first use).</summary>
    public ResiliencePipeline For(Uri uri) => _registry.GetOrAddPipeline(uri.Authority, builder => Build(builder, uri.Authority));

    /// <summary>The failure that last opened the circuit of the URL's host, to say why its requests are paused.</summary>
    public FetchException? OpenedBy(Uri uri) => _openedBy.GetValueOrDefault(uri.Authority);

    /// <summary>True for failures worth another attempt.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is FetchException { IsTransient: true } or TimeoutRejectedException;

    private void Build(ResiliencePipelineBuilder builder, string host)
    {
        builder.TimeProvider = _timeProvider;
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);
        if (_options.MaxRetries > 0)
        {
            // Polly refuses a retry strategy of zero attempts: no retries is no strategy.
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = _options.BreakerFailureRatio,
            MinimumThroughput = Math.Max(2, _options.BreakerMinimumThroughput),
            SamplingDuration = _options.BreakerSamplingDuration,
            BreakDuration = _options.BreakDuration,
            OnOpened = args =>
            {
                if (args.Outcome.Exception is FetchException cause)
                {
                    _openedBy[host] = cause;
                }

                return ValueTask.CompletedTask;
            },
        });

        // Inside the retry, so a request waiting out its backoff does not hold one of the host's slots.
        builder.AddConcurrencyLimiter(Math.Max(1, _options.PerHostConcurrency), int.MaxValue);
        if (_options.PerHostRequestsPerSecond > 0)
        {
            var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, (int)Math.Ceiling(_options.PerHostRequestsPerSecond)),
                TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(_options.PerHostRequestsPerSecond)),
                ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Ceiling(_options.PerHostRequestsPerSecond) / _options.PerHostRequestsPerSecond),
                QueueLimit = int.MaxValue,
                AutoReplenishment = true,
            });
            lock (_rateLimiters)
            {
                _rateLimiters.Add(limiter);
            }

            builder.AddRateLimiter(limiter);
        }

        builder.AddTimeout(_options.AttemptTimeout);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync().ConfigureAwait(false);
        foreach (var limiter in _rateLimiters)
        {
            await limiter.DisposeAsync().ConfigureAwait(false);
        }
    }
}
