using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ecster.Client.Http;

/// <summary>
/// One circuit breaker per Ecster host, shared by every store that talks to it: when Ecster is down for one
/// store it is down for all, and checkout should fail fast instead of waiting out timeouts.
/// </summary>
internal sealed class EcsterCircuitBreakers
{
    /// <summary>Consecutive failures (5xx, network, timeout) that open the circuit.</summary>
    public const int FailuresBeforeBreaking = 5;

    private static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, IAsyncPolicy<HttpResponseMessage>> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan _breakDuration;

    public EcsterCircuitBreakers() : this(DefaultBreakDuration)
    {
    }

    internal EcsterCircuitBreakers(TimeSpan breakDuration) => _breakDuration = breakDuration;

    /// <param name="host">Scheme, host and port of the Ecster the request goes to.</param>
    public IAsyncPolicy<HttpResponseMessage> For(string host) => _byHost.GetOrAdd(host, _ => Create());

    private IAsyncPolicy<HttpResponseMessage> Create() =>
        Policy<HttpResponseMessage>
            .Handle<HttpRequestException>()
            .Or<TimeoutRejectedException>()
            .OrResult(response => EcsterResiliencePolicies.IsTransient(response.StatusCode))
            .CircuitBreakerAsync(FailuresBeforeBreaking, _breakDuration);
}
