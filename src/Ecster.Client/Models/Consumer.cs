namespace Ecster.Client.Models;

/// <summary>The identified consumer as Ecster returns them (docs §5, §7.3). Personal data: never logged.</summary>
public sealed class Consumer
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Masked by <see cref="PersonalIdentityNumber.ToString"/>; absent where Ecster leaves it out.</summary>
    public PersonalIdentityNumber? PersonalNumber { get; set; }

    /// <summary>Ecster's <c>nationalId</c> as sent (<c>SE480502-4876</c>): a full personal number, never logged.</summary>
    public string? NationalId { get; set; }

    public PersonName? Name { get; set; }

    public PostalAddress? Address { get; set; }

    public ContactInfo? ContactInfo { get; set; }
}
