using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Ecster.Client.Http;

/// <summary>
/// The Polly 7 policies of the named Ecster HttpClient, chosen per request from what the client put in
/// <see cref="HttpRequestMessage.Options"/>. Outermost first: overall timeout, retry, circuit breaker
/// (<see cref="EcsterCircuitBreakers"/>), per-try timeout.
/// </summary>
internal static class EcsterResiliencePolicies
{
    private static readonly IAsyncPolicy<HttpResponseMessage> NoRetry = Policy.NoOpAsync<HttpResponseMessage>();

    public static IAsyncPolicy<HttpResponseMessage> OverallTimeout(HttpRequestMessage request) =>
        Policy.TimeoutAsync<HttpResponseMessage>(SettingsOf(request).OverallTimeout, TimeoutStrategy.Optimistic);

    public static IAsyncPolicy<HttpResponseMessage> PerTryTimeout(HttpRequestMessage request) =>
        Policy.TimeoutAsync<HttpResponseMessage>(SettingsOf(request).PerTryTimeout, TimeoutStrategy.Optimistic);

    public static IAsyncPolicy<HttpResponseMessage> Retry(HttpRequestMessage request, ILogger logger)
    {
        var settings = SettingsOf(request);
        if (!IsRetryable(request) || settings.MaxRetries <= 0)
            return NoRetry;

        var operation = request.Options.TryGetValue(EcsterRequestOptions.Operation, out var name) ? name : "request";

        return Policy<HttpResponseMessage>
            .Handle<HttpRequestException>()
            .Or<TimeoutRejectedException>()
            .OrResult(response => IsTransient(response.StatusCode) || response.StatusCode == HttpStatusCode.TooManyRequests)
            .WaitAndRetryAsync(
                settings.MaxRetries,
                (attempt, outcome, _) => RetryDelay.For(attempt, outcome.Result, settings, DateTimeOffset.UtcNow),
                (outcome, delay, attempt, _) =>
                {
                    logger.LogWarning(
                        "Ecster {Operation} try {Attempt} failed ({Reason}); retrying in {DelayMs} ms",
                        operation, attempt, Reason(outcome), (long)delay.TotalMilliseconds);

                    // The failed answer is replaced by the next try's; free its connection now.
                    outcome.Result?.Dispose();
                    return Task.CompletedTask;
                });
    }

    /// <summary>5xx and 408: Ecster or the way there failed; 429 is handled apart (it is no outage).</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.RequestTimeout;

    // Only the exception's type: HttpRequestException messages can carry the full URL.
    private static string Reason(DelegateResult<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int)outcome.Result.StatusCode}";

    private static bool IsRetryable(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Retryable, out var retryable)
            ? retryable
            : request.Method == HttpMethod.Get; // not sent by EcsterClient: only a plain read is safe

    private static ResilienceSettings SettingsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Resilience, out var settings) ? settings : ResilienceSettings.Default;
}
