using System.Net;
using Microsoft.Extensions.Logging;

namespace Ecster.Client.Http;

/// <summary>
/// Retries a call that the client marked safe to repeat (<see cref="EcsterRequestOptions.Retryable"/>) after a
/// network error, a per-try timeout, a 5xx, 408 or 429, waiting <see cref="RetryDelay"/> between tries (Ecster's
/// Retry-After when it gives one). Each try passes the circuit breaker and per-try timeout below this handler
/// (<see cref="EcsterTryHandler"/>).
/// </summary>
/// <remarks>
/// Our own loop, as Stripe.net has its own, rather than a Polly retry policy: on the loopback sandbox Polly's retry
/// layer cost more per call than the rest of the pipeline together (bench/README.md), while the rules here are
/// a short loop that the resilience tests pin down one by one.
/// </remarks>
internal sealed partial class EcsterRetryHandler(ILogger<EcsterClient> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = EcsterResiliencePolicies.SettingsOf(request);
        return EcsterResiliencePolicies.IsRetryable(request) && settings.MaxRetries > 0
            ? SendWithRetriesAsync(request, settings, cancellationToken)
            : base.SendAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        HttpRequestMessage request, ResilienceSettings settings, CancellationToken cancellationToken)
    {
        for (var retry = 1; ; retry++)
        {
            HttpResponseMessage? response = null;
            string reason;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!IsWorthRetrying(response.StatusCode) || retry > settings.MaxRetries)
                    return response;
                reason = $"HTTP {(int)response.StatusCode}";
            }
            // Only the exception's type is logged: HttpRequestException messages can carry the full URL.
            catch (Exception exception) when (exception is HttpRequestException or EcsterTryTimeoutException
                                              && retry <= settings.MaxRetries)
            {
                reason = exception.GetType().Name;
            }

            var delay = RetryDelay.For(retry, response, settings, DateTimeOffset.UtcNow);
            var operation = request.Options.TryGetValue(EcsterRequestOptions.Operation, out var name) ? name : "request";
            LogRetry(logger, operation, retry, reason, (long)delay.TotalMilliseconds);

            // The failed answer is replaced by the next try's; free its connection now.
            response?.Dispose();
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>5xx and 408 (Ecster or the way there failed) and 429 (come back later).</summary>
    private static bool IsWorthRetrying(HttpStatusCode status) =>
        EcsterResiliencePolicies.IsTransient(status) || status == HttpStatusCode.TooManyRequests;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ecster {Operation} try {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, string reason, long delayMs);
}
