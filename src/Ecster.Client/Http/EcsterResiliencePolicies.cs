using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Ecster.Client.Http;

/// <summary>
/// The Polly 7 policies of the named Ecster HttpClient, for the limits and retryability the client put in
/// <see cref="HttpRequestMessage.Options"/>; <see cref="EcsterPipelines"/> wraps and caches them.
/// </summary>
internal static partial class EcsterResiliencePolicies
{
    public static IAsyncPolicy<HttpResponseMessage> PerTryTimeout(ResilienceSettings settings) =>
        Policy.TimeoutAsync<HttpResponseMessage>(settings.PerTryTimeout, TimeoutStrategy.Optimistic);

    public static IAsyncPolicy<HttpResponseMessage> Retry(ResilienceSettings settings, ILogger logger) =>
        Policy<HttpResponseMessage>
            .Handle<HttpRequestException>()
            .Or<TimeoutRejectedException>()
            .OrResult(response => IsTransient(response.StatusCode) || response.StatusCode == HttpStatusCode.TooManyRequests)
            .WaitAndRetryAsync(
                settings.MaxRetries,
                (attempt, outcome, _) => RetryDelay.For(attempt, outcome.Result, settings, DateTimeOffset.UtcNow),
                (outcome, delay, attempt, context) =>
                {
                    // The policy is shared by every call; the operation's name travels in the call's Polly context.
                    LogRetry(logger, context.OperationKey ?? "request", attempt, Reason(outcome), (long)delay.TotalMilliseconds);

                    // The failed answer is replaced by the next try's; free its connection now.
                    outcome.Result?.Dispose();
                    return Task.CompletedTask;
                });

    /// <summary>5xx and 408: Ecster or the way there failed; 429 is handled apart (it is no outage).</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.RequestTimeout;

    public static bool IsRetryable(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Retryable, out var retryable)
            ? retryable
            : request.Method == HttpMethod.Get; // not sent by EcsterClient: only a plain read is safe

    public static ResilienceSettings SettingsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Resilience, out var settings) ? settings : ResilienceSettings.Default;

    // Only the exception's type: HttpRequestException messages can carry the full URL.
    private static string Reason(DelegateResult<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"HTTP {(int)outcome.Result.StatusCode}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ecster {Operation} try {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, string reason, long delayMs);
}
