namespace Ecster.Client.Http;

/// <summary>A try got no answer within the store's per-try timeout (retried where the call allows it).</summary>
internal sealed class EcsterTryTimeoutException(TimeSpan perTry)
    : TimeoutException($"Ecster did not answer within the per-try timeout of {perTry}.");

/// <summary>The host's circuit is open: the request was not sent at all.</summary>
internal sealed class EcsterCircuitOpenException()
    : Exception("Ecster is failing; calls are paused for a while (circuit open).");
