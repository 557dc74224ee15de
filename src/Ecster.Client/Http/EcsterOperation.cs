namespace Ecster.Client.Http;

/// <summary>One endpoint of docs/ecster-api.md: its name in logs and errors, method, path template and effect.</summary>
/// <param name="PathTemplate">Logged instead of the real path, so no id or personal data reaches the log.</param>
internal sealed record EcsterOperation(string Name, HttpMethod Method, string PathTemplate, OperationEffect Effect)
{
    /// <summary>
    /// Whether a failed try may be sent again: only when repeating changes nothing (reads and writes that move no
    /// money). Never orders, consents and transactions: Ecster documents no idempotency, so a repeat could move money
    /// twice; an unknown outcome is settled by reading. Never a BankID start (<see cref="OperationEffect.StartsBankId"/>).
    /// </summary>
    public bool IsRetryable => Effect == OperationEffect.None;
}
