using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>
/// Body of POST /orders (docs §7.2). Ecster documents no idempotency: the client never re-sends it, and a lost
/// answer is settled by <see cref="IEcsterClient.FindOrdersByReferenceAsync"/>.
/// </summary>
public sealed class CreateOrderRequest
{
    /// <summary>Assumed place (docs §13 A13).</summary>
    public string Ticket { get; set; } = string.Empty;

    /// <summary>The option <c>id</c> of docs §6, given for this ticket and this cart amount.</summary>
    public string PaymentOption { get; set; } = string.Empty;

    /// <summary>The shop's reference, at most 64 characters; the key a lost answer is looked up by.</summary>
    public string? OrderReference { get; set; }

    public Cart Cart { get; set; } = new();

    /// <summary>The shopper's contact details. Personal data: never logged.</summary>
    public ContactInfo? ContactInfo { get; set; }

    /// <summary>The delivery recipient; only with strong identification. Personal data: never logged.</summary>
    public Recipient? Recipient { get; set; }

    /// <summary>Where Ecster posts order event notifications (docs §10).</summary>
    [JsonPropertyName("notificationURL")]
    public string? NotificationUrl { get; set; }

    /// <summary>The store's sales person; mandatory for an in-person ticket (Assumed A15).</summary>
    public string? SalesPerson { get; set; }
}
