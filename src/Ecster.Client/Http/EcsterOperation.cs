namespace Ecster.Client.Http;

/// <summary>One endpoint of docs/ecster-api.md: its name in logs and errors, method, path template and effect.</summary>
/// <param name="PathTemplate">Logged instead of the real path, so no id or personal data reaches the log.</param>
internal sealed record EcsterOperation(string Name, HttpMethod Method, string PathTemplate, OperationEffect Effect)
{
    /// <summary>
    /// A call may be retried when it changes nothing, or when it carries the idempotency reference that makes
    /// Ecster answer a repeat with the first result (docs §1.2). Never otherwise: that could move money twice.
    /// </summary>
    public bool IsRetryable(bool carriesIdempotencyReference) =>
        Effect == OperationEffect.None || carriesIdempotencyReference;
}
