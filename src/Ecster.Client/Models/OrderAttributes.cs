using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>
/// The attributes create sends and every update sends again (docs §7.2, §7.5): Ecster deletes an optional
/// attribute an update leaves out, so both requests carry the same set from this one class.
/// </summary>
public abstract class OrderAttributes
{
    /// <summary>
    /// The option <c>id</c> of docs §6, given for this ticket and this cart amount. Mandatory for create; in an
    /// update only when the consumer chose another option or the amount changed (null keeps the option).
    /// </summary>
    public string? PaymentOption { get; set; }

    /// <summary>The shop's reference, at most 64 characters; the key a lost create is looked up by.</summary>
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
