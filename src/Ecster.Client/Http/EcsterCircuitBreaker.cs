namespace Ecster.Client.Http;

/// <summary>
/// One Ecster host's circuit breaker. Closed: calls pass, and <see cref="EcsterCircuitBreakers.FailuresBeforeBreaking"/>
/// failures in a row open it. Open: calls are refused without being sent, for the break duration. Then one trial call
/// passes (others are still refused while it runs): its success closes the circuit, its failure opens it again.
/// </summary>
/// <remarks>
/// A failure is what says Ecster or the way there is down (a network error, a per-try timeout, a 5xx or 408); an
/// answer such as 400 or 429 is Ecster working. A call that ends otherwise (the caller cancelled) counts as neither.
/// </remarks>
internal sealed class EcsterCircuitBreaker(int failuresBeforeBreaking, TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock _lock = new();
    private int _failuresInARow;
    private DateTimeOffset _openedAt;
    private bool _trialRunning;

    // Only a success resets the count, so the circuit is open exactly while the count is at the limit.
    private bool IsOpen => _failuresInARow >= failuresBeforeBreaking;

    /// <summary>Whether a call may be sent now; each true must be followed by one of the three outcomes below.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (!IsOpen)
                return true;
            if (_trialRunning || time.GetUtcNow() - _openedAt < breakDuration)
                return false;

            _trialRunning = true;
            return true;
        }
    }

    public void OnSuccess()
    {
        lock (_lock)
        {
            _failuresInARow = 0;
            _trialRunning = false;
        }
    }

    public void OnFailure()
    {
        lock (_lock)
        {
            // The last of a run of failures, or a failed trial: refuse calls for a break duration from now.
            _failuresInARow++;
            if (IsOpen)
                _openedAt = time.GetUtcNow();

            _trialRunning = false;
        }
    }

    /// <summary>The call ended without saying whether Ecster works: a trial slot it held is given back.</summary>
    public void OnNeither()
    {
        lock (_lock)
            _trialRunning = false;
    }
}
