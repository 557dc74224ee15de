namespace Ecster.Client.Http;

/// <summary>Whether a call can change anything at Ecster; decides retries and what a lost answer means.</summary>
internal enum OperationEffect
{
    /// <summary>Reads, and the writes docs §1.2 says create nothing that moves money: free to repeat.</summary>
    None,

    /// <summary>Orders, consents and transactions: repeat only with an idempotency reference.</summary>
    ChangesState
}
