using System.Collections.Concurrent;
using Polly;

namespace Ecster.Client.Http;

/// <summary>
/// The Polly part of one try, as a single wrap: the Ecster host's circuit breaker (<see cref="EcsterCircuitBreakers"/>)
/// around the store's per-try timeout. Retries are <see cref="EcsterRetryHandler"/>'s, above it; the overall timeout
/// is the HttpClient's own (<see cref="EcsterClientFactory"/> sets it per store), which HttpClient arms on every
/// call anyway. Built once per per-try timeout and host, then reused: policies are stateless per execution (the
/// breaker's state is meant to be shared), and building them for every call cost more than running them.
/// </summary>
internal sealed class EcsterPipelines(EcsterCircuitBreakers breakers)
{
    private readonly ConcurrentDictionary<Key, IAsyncPolicy<HttpResponseMessage>> _pipelines = new();

    public IAsyncPolicy<HttpResponseMessage> For(HttpRequestMessage request)
    {
        var key = new Key(
            EcsterResiliencePolicies.SettingsOf(request).PerTryTimeout,
            request.RequestUri?.GetLeftPart(UriPartial.Authority) ?? string.Empty);

        // A few per-try timeouts and one or two hosts: the cache stays a handful of entries.
        return _pipelines.GetOrAdd(key, static (k, self) => self.Build(k), this);
    }

    private IAsyncPolicy<HttpResponseMessage> Build(Key key) =>
        Policy.WrapAsync(breakers.For(key.Host), EcsterResiliencePolicies.PerTryTimeout(key.PerTryTimeout));

    private readonly record struct Key(TimeSpan PerTryTimeout, string Host);
}
