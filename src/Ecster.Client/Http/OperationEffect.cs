namespace Ecster.Client.Http;

/// <summary>Whether a call can change anything at Ecster; decides retries and what a lost answer means.</summary>
internal enum OperationEffect
{
    /// <summary>Reads, and the writes docs §1.2 says create nothing that moves money: free to repeat.</summary>
    None,

    /// <summary>Orders, consents and transactions: never repeated (Ecster documents no idempotency); a lost answer is read.</summary>
    ChangesState,

    /// <summary>
    /// Starts an order in a person's BankID app: never repeated by the client, since a repeat starts a second BankID
    /// order for the same person. Moves no money, so a lost answer is transient: the shopper starts again.
    /// </summary>
    StartsBankId
}
