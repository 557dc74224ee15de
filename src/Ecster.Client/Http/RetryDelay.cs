using System.Net;

namespace Ecster.Client.Http;

/// <summary>How long to wait before the next try: Ecster's Retry-After when it gives one, else jittered backoff.</summary>
internal static class RetryDelay
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public static TimeSpan For(int attempt, HttpResponseMessage? response, ResilienceSettings settings, DateTimeOffset now)
    {
        var retryAfter = RetryAfter(response, now);
        if (retryAfter is not null)
            return retryAfter.Value > settings.RetryAfterCap ? settings.RetryAfterCap : retryAfter.Value;

        return Backoff(attempt, settings.RetryBaseDelay);
    }

    /// <summary>Retry-After in seconds or as a date, for 429 and 503 only (where it means "come back then").</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null || (response.StatusCode != HttpStatusCode.TooManyRequests
                                 && response.StatusCode != HttpStatusCode.ServiceUnavailable))
            return null;

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
            return date <= now ? TimeSpan.Zero : date - now;

        return null;
    }

    // Exponential with "equal jitter": half the step fixed, half random, so many stores retrying after the
    // same Ecster hiccup do not come back in lockstep.
    private static TimeSpan Backoff(int attempt, TimeSpan baseDelay)
    {
        var step = baseDelay * Math.Pow(2, Math.Max(0, attempt - 1));
        if (step > MaxBackoff)
            step = MaxBackoff;

        var half = step / 2;
        return half + half * Random.Shared.NextDouble();
    }
}
