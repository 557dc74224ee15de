using System.Collections.Concurrent;

namespace Ecster.Client.Http;

/// <summary>
/// One circuit breaker per Ecster host, shared by every store that talks to it: when Ecster is down for one
/// store it is down for all, and checkout should fail fast instead of waiting out timeouts.
/// </summary>
internal sealed class EcsterCircuitBreakers
{
    /// <summary>Consecutive failures (5xx, 408, network, per-try timeout) that open the circuit.</summary>
    public const int FailuresBeforeBreaking = 5;

    private static readonly TimeSpan DefaultBreakDuration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, EcsterCircuitBreaker> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan _breakDuration;
    private readonly TimeProvider _time;

    public EcsterCircuitBreakers() : this(DefaultBreakDuration, TimeProvider.System)
    {
    }

    internal EcsterCircuitBreakers(TimeSpan breakDuration, TimeProvider time) => (_breakDuration, _time) = (breakDuration, time);

    /// <param name="uri">Where the request goes; scheme, host and port name the breaker.</param>
    public EcsterCircuitBreaker For(Uri? uri) =>
        _byHost.GetOrAdd(uri?.GetLeftPart(UriPartial.Authority) ?? string.Empty,
            static (_, self) => new EcsterCircuitBreaker(FailuresBeforeBreaking, self._breakDuration, self._time), this);
}
