using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ecster.Client.Http;

/// <summary>
/// The Polly policy for each request of the named Ecster HttpClient, outermost first: retries with jittered backoff
/// (only where the operation allows a repeat), the Ecster host's circuit breaker, the store's per-try timeout. The
/// HttpClient's own timeout (<see cref="EcsterClientFactory"/>, per store) bounds the whole call.
/// </summary>
/// <remarks>
/// Policies are built once per store's limits, host and retryability, then reused: Polly 7 policies are safe to
/// share, and the breaker's state is meant to be shared, one per host, by every store that talks to it (when Ecster is
/// down for one store it is down for all, and checkout should fail fast instead of waiting out timeouts).
/// </remarks>
internal sealed partial class EcsterPolicies
{
    /// <summary>Consecutive failures (network error, per-try timeout, 5xx, 408) that open a host's circuit.</summary>
    public const int FailuresBeforeBreaking = 5;

    public static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, AsyncCircuitBreakerPolicy<HttpResponseMessage>> _breakers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Key, IAsyncPolicy<HttpResponseMessage>> _policies = new();
    private readonly ILogger<EcsterClient> _logger;
    private readonly TimeSpan _breakDuration;

    public EcsterPolicies(ILogger<EcsterClient> logger) : this(logger, DefaultBreakDuration)
    {
    }

    internal EcsterPolicies(ILogger<EcsterClient> logger, TimeSpan breakDuration) => (_logger, _breakDuration) = (logger, breakDuration);

    public IAsyncPolicy<HttpResponseMessage> For(HttpRequestMessage request)
    {
        var key = new Key(EcsterResiliencePolicies.SettingsOf(request), HostOf(request.RequestUri), EcsterResiliencePolicies.IsRetryable(request));

        // A handful of stores' limits times one or two hosts: the cache stays small.
        return _policies.GetOrAdd(key, static (k, self) => self.Build(k), this);
    }

    /// <summary>Scheme, host and port name the breaker: stores on one Ecster share it, another host has its own.</summary>
    public AsyncCircuitBreakerPolicy<HttpResponseMessage> BreakerFor(Uri? uri) => BreakerFor(HostOf(uri));

    private AsyncCircuitBreakerPolicy<HttpResponseMessage> BreakerFor(string host) =>
        _breakers.GetOrAdd(host, static (_, self) => self.NewBreaker(), this);

    private static string HostOf(Uri? uri) => uri?.GetLeftPart(UriPartial.Authority) ?? string.Empty;

    private IAsyncPolicy<HttpResponseMessage> Build(Key key)
    {
        // Optimistic: the try's token is cancelled, which HttpClient's handlers honour; nothing is left running.
        var perTry = Policy.TimeoutAsync<HttpResponseMessage>(key.Settings.PerTryTimeout, TimeoutStrategy.Optimistic);
        var oneTry = BreakerFor(key.Host).WrapAsync(perTry);
        return key.Retryable && key.Settings.MaxRetries > 0 ? Retry(key.Settings).WrapAsync(oneTry) : oneTry;
    }

    // A caller's cancellation and an open circuit are not handled: neither says Ecster failed, and neither is retried.
    private AsyncCircuitBreakerPolicy<HttpResponseMessage> NewBreaker() =>
        Policy.Handle<HttpRequestException>().Or<IOException>().Or<TimeoutRejectedException>()
            .OrResult<HttpResponseMessage>(response => EcsterResiliencePolicies.IsTransient(response.StatusCode))
            .CircuitBreakerAsync(FailuresBeforeBreaking, _breakDuration);

    private IAsyncPolicy<HttpResponseMessage> Retry(ResilienceSettings settings) =>
        Policy.Handle<HttpRequestException>().Or<IOException>().Or<TimeoutRejectedException>()
            .OrResult<HttpResponseMessage>(response => EcsterResiliencePolicies.IsWorthRetrying(response.StatusCode))
            .WaitAndRetryAsync(
                settings.MaxRetries,
                (retry, outcome, _) => RetryDelay.For(retry, outcome.Result, settings, DateTimeOffset.UtcNow),
                (outcome, delay, retry, context) =>
                {
                    // Only the exception's type is logged: HttpRequestException messages can carry the full URL.
                    var reason = outcome.Exception?.GetType().Name ?? $"HTTP {(int)outcome.Result.StatusCode}";
                    LogRetry(_logger, context.OperationKey ?? "request", retry, reason, (long)delay.TotalMilliseconds);
                    return Task.CompletedTask;
                });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ecster {Operation} try {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, string reason, long delayMs);

    private readonly record struct Key(ResilienceSettings Settings, string Host, bool Retryable);
}
