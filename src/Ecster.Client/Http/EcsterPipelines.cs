using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;

namespace Ecster.Client.Http;

/// <summary>
/// The whole Polly pipeline of one request as a single wrap, outermost first: overall timeout, retry, circuit
/// breaker (<see cref="EcsterCircuitBreakers"/>), per-try timeout. Built once per combination of a store's limits,
/// the request's retryability and Ecster host, then reused: policies are stateless per execution (the breaker's
/// state is meant to be shared), and building four policies for every call cost more than running them.
/// </summary>
internal sealed class EcsterPipelines(EcsterCircuitBreakers breakers, ILogger<EcsterClient> logger)
{
    private readonly ConcurrentDictionary<Key, IAsyncPolicy<HttpResponseMessage>> _pipelines = new();

    public IAsyncPolicy<HttpResponseMessage> For(HttpRequestMessage request)
    {
        var key = new Key(
            EcsterResiliencePolicies.SettingsOf(request),
            EcsterResiliencePolicies.IsRetryable(request),
            request.RequestUri?.GetLeftPart(UriPartial.Authority) ?? string.Empty);

        // A store's limits, two retry choices and one or two hosts: the cache stays a handful of entries.
        return _pipelines.GetOrAdd(key, static (k, self) => self.Build(k), this);
    }

    private IAsyncPolicy<HttpResponseMessage> Build(Key key) =>
        Policy.WrapAsync(
            EcsterResiliencePolicies.OverallTimeout(key.Settings),
            EcsterResiliencePolicies.Retry(key.Settings, key.Retryable, logger),
            breakers.For(key.Host),
            EcsterResiliencePolicies.PerTryTimeout(key.Settings));

    private readonly record struct Key(ResilienceSettings Settings, bool Retryable, string Host);
}
