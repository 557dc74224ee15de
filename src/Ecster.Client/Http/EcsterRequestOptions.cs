namespace Ecster.Client.Http;

/// <summary>
/// What the client tells its retry and per-try handlers about each request, through
/// <see cref="HttpRequestMessage.Options"/>: they never guess retryability from the HTTP method.
/// </summary>
public static class EcsterRequestOptions
{
    /// <summary>True when repeating the request cannot change anything twice (docs §1.2).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("Ecster.Retryable");

    /// <summary>The client operation's name, for retry logs.</summary>
    public static readonly HttpRequestOptionsKey<string> Operation = new("Ecster.Operation");

    /// <summary>The per-store timeouts and retry limits of the calling client.</summary>
    internal static readonly HttpRequestOptionsKey<ResilienceSettings> Resilience = new("Ecster.Resilience");
}
