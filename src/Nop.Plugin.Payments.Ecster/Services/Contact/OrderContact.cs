using Ecster.Client.Models;

namespace Nop.Plugin.Payments.Ecster.Services.Contact;

/// <summary>
/// The shopper's contact details and delivery recipient as Ecster's order takes them (docs §7.2). Personal data:
/// never logged, never put in a note or an exception.
/// </summary>
public sealed record OrderContact(ContactInfo? ContactInfo, Recipient? Recipient)
{
    public static OrderContact None { get; } = new(null, null);
}
