namespace Ecster.Client.Http;

/// <summary>
/// The limits one client (one store) wants; carried on each request because the named HttpClient and its
/// Polly policies are shared by every store (equal limits share one built policy: it is the cache key). The overall timeout is not here: it is the store's HttpClient's own.
/// </summary>
internal sealed record ResilienceSettings(
    TimeSpan PerTryTimeout,
    int MaxRetries,
    TimeSpan RetryBaseDelay,
    TimeSpan RetryAfterCap)
{
    /// <summary>For a request sent through the named client without the Ecster client (should not happen).</summary>
    public static ResilienceSettings Default { get; } = From(new EcsterClientOptions());

    public static ResilienceSettings From(EcsterClientOptions options) => new(
        options.PerTryTimeout, options.MaxRetries, options.RetryBaseDelay, options.RetryAfterCap);
}
