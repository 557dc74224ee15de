namespace Ecster.Client.Models;

/// <summary>The identified consumer as Ecster returns them in a ticket and an order (docs §5, §7.3). Personal data: never logged.</summary>
public sealed class Consumer
{
    /// <summary>Masked by <see cref="PersonalIdentityNumber.ToString"/>; absent where Ecster leaves it out.</summary>
    public PersonalIdentityNumber? NationalId { get; set; }

    public PersonName? Name { get; set; }

    public PostalAddress? Address { get; set; }

    public ContactInfo? ContactInfo { get; set; }
}
