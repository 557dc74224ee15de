namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;

/// <summary>
/// One checkout's right to create an Ecster order: the ticket it used (as a hash: the ticket itself never rests
/// in the database) and the order GUID, which is the Ecster order's reference.
/// </summary>
public sealed class CheckoutClaim
{
    public string TicketHash { get; set; } = string.Empty;

    public Guid OrderGuid { get; set; }

    public DateTime ClaimedOnUtc { get; set; }
}
