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
    private bool _open;
    private long _openedAt;
    private bool _trialRunning;

    /// <summary>Whether a call may be sent now; each true must be followed by one of the three outcomes below.</summary>
    public bool TryEnter()
    {
        lock (_lock)
        {
            if (!_open)
                return true;
            if (_trialRunning || time.GetElapsedTime(_openedAt) < breakDuration)
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
            _open = false;
            _trialRunning = false;
        }
    }

    public void OnFailure()
    {
        lock (_lock)
        {
            // The count is only reset by a success, so a failed trial is past the limit too.
            _failuresInARow++;
            if (_failuresInARow >= failuresBeforeBreaking)
            {
                // Open, or open again: refuse calls for a break duration from now.
                _open = true;
                _openedAt = time.GetTimestamp();
            }

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
