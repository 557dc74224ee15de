using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>
/// Body of PUT /orders/{orderId} (docs §7.5), allowed only while the order is READY. Every attribute is sent
/// again, as in create: Ecster deletes an optional attribute left out. <see cref="PaymentOption"/> only when the
/// consumer chose another option or the cart amount changed.
/// </summary>
public sealed class UpdateOrderRequest
{
    /// <summary>Null keeps the option: only a new option or a new amount sends one (docs §7.5).</summary>
    public string? PaymentOption { get; set; }

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


/// <summary>Body of PUT /orders/{orderId}/orderReference.</summary>
internal sealed class UpdateOrderReferenceBody
{
    public string OrderReference { get; set; } = string.Empty;
}
