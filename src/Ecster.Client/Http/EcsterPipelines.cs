using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;

namespace Ecster.Client.Http;

/// <summary>
/// The whole Polly pipeline of one request as a single wrap, outermost first: retry (for calls safe to repeat),
/// circuit breaker (<see cref="EcsterCircuitBreakers"/>), per-try timeout. The overall timeout around all of it is
/// the HttpClient's own (<see cref="EcsterClientFactory"/> sets it per store), which HttpClient arms for every call
/// anyway. Built once per combination of a store's limits, the request's retryability and Ecster host, then reused:
/// policies are stateless per execution (the breaker's state is meant to be shared), and building the policies for
/// every call cost more than running them.
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

    private IAsyncPolicy<HttpResponseMessage> Build(Key key)
    {
        var tries = Policy.WrapAsync(breakers.For(key.Host), EcsterResiliencePolicies.PerTryTimeout(key.Settings));

        // A call that must not be repeated gets no retry layer at all rather than a no-op one.
        return key.Retryable && key.Settings.MaxRetries > 0
            ? Policy.WrapAsync(EcsterResiliencePolicies.Retry(key.Settings, logger), tries)
            : tries;
    }

    private readonly record struct Key(ResilienceSettings Settings, bool Retryable, string Host);
}
