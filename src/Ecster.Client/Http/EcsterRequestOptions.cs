namespace Ecster.Client.Http;

/// <summary>
/// What the client tells the named HttpClient's Polly policies about each request, through
/// <see cref="HttpRequestMessage.Options"/>: they never guess retryability from the HTTP method.
/// The operation's name travels as the Polly context's operation key, for retry logs.
/// </summary>
public static class EcsterRequestOptions
{
    /// <summary>True when repeating the request cannot change anything twice (see <c>EcsterOperation.IsRetryable</c>).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("Ecster.Retryable");

    /// <summary>The per-store timeouts and retry limits of the calling client.</summary>
    internal static readonly HttpRequestOptionsKey<ResilienceSettings> Resilience = new("Ecster.Resilience");
}
