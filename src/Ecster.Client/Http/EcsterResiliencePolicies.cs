using System.Net;

namespace Ecster.Client.Http;

/// <summary>
/// What the named Ecster HttpClient's handlers decide from: which answers mean Ecster is failing, and the store's
/// limits and retryability the client put in <see cref="HttpRequestMessage.Options"/>.
/// </summary>
internal static class EcsterResiliencePolicies
{
    /// <summary>5xx and 408: Ecster or the way there failed; 429 is handled apart (it is no outage).</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.RequestTimeout;

    public static bool IsRetryable(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Retryable, out var retryable)
            ? retryable
            : request.Method == HttpMethod.Get; // not sent by EcsterClient: only a plain read is safe

    public static ResilienceSettings SettingsOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(EcsterRequestOptions.Resilience, out var settings) ? settings : ResilienceSettings.Default;
}
