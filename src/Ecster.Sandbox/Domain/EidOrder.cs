namespace Ecster.Sandbox.Domain;

/// <summary>
/// One electronic identification (docs §4): a BankID order started for a named person, by the merchant's choice
/// of device. Once complete its id is the identifier of exactly one ticket for that same person.
/// </summary>
internal sealed class EidOrder(string type, string personalNumber, BankIdSession session)
{
    public string Id => Session.OrderRef;
    public string Type { get; } = type;

    /// <summary>The 12-digit number it was started for.</summary>
    public string PersonalNumber { get; } = personalNumber;

    public BankIdSession Session { get; } = session;

    /// <summary>Set under the session's lock when a ticket used this identification.</summary>
    public bool TicketIssued { get; set; }

    /// <summary>Ecster's status: COMPLETE, or the BankID hint in upper snake case (outstandingTransaction → OUTSTANDING_TRANSACTION).</summary>
    public string Status => Session.Status == BankIdStatus.Complete ? "COMPLETE" : UpperSnake(Session.HintCode ?? "failed");

    private static string UpperSnake(string camel) =>
        string.Concat(camel.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}

internal sealed record Ticket(string Id, TestConsumer Consumer, bool InPerson, DateTimeOffset ExpiresAt)
{
    public bool HasExpired(DateTimeOffset now) => now >= ExpiresAt;
}
