namespace Ecster.Client.Models;

/// <summary>
/// Body of POST /orders (docs §7.2). Ecster documents no idempotency: the client never re-sends it, and a lost
/// answer is settled by <see cref="IEcsterClient.FindOrdersByReferenceAsync"/>.
/// </summary>
public sealed class CreateOrderRequest : OrderAttributes
{
    /// <summary>Assumed place (docs §13 A13).</summary>
    public string Ticket { get; set; } = string.Empty;
}
