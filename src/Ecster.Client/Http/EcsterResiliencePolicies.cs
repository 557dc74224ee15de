using System.Net;

namespace Ecster.Client.Http;

/// <summary>
/// What the named Ecster HttpClient's policies decide from: which answers mean Ecster is failing, and the store's
/// limits and retryability the client put in <see cref="HttpRequestMessage.Options"/>.
/// </summary>
internal static class EcsterResiliencePolicies
{
    /// <summary>5xx and 408: Ecster or the way there failed. 429 is apart: Ecster working, asking us to slow down.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.RequestTimeout;

    /// <summary>Answers worth another try of a retryable call: failures, and 429 after the wait Ecster asks for.</summary>
    public static bool IsWorthRetrying(HttpStatusCode status) =>
        IsTransient(status) || status == HttpStatusCode.TooManyRequests;

    public static bool IsRetryable(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Retryable, out var retryable)
            ? retryable
            : request.Method == HttpMethod.Get; // not sent by EcsterClient: only a plain read is safe

    public static ResilienceSettings SettingsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Resilience, out var settings) ? settings : ResilienceSettings.Default;
}
