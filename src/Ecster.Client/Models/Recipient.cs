namespace Ecster.Client.Models;

/// <summary>
/// Who receives the delivery (docs §7.2; the shape is Assumed A14: the consumer's shapes). Personal data: never logged.
/// </summary>
public sealed class Recipient
{
    public PersonName? Name { get; set; }

    public PostalAddress? Address { get; set; }

    public ContactInfo? ContactInfo { get; set; }
}
