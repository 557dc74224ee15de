namespace Ecster.Client.Models;

/// <summary>The identified consumer as Ecster returns them in a ticket and an order (docs §5, §7.3).</summary>
public sealed class Consumer
{
    /// <summary>Masked by <see cref="PersonalIdentityNumber.ToString"/>; absent where Ecster leaves it out.</summary>
    public PersonalIdentityNumber? NationalId { get; set; }

    public ConsumerName? Name { get; set; }

    public ConsumerAddress? Address { get; set; }

    public ConsumerContactInfo? ContactInfo { get; set; }
}

public sealed class ConsumerName
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }
}

public sealed class ConsumerAddress
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? Zip { get; set; }

    public string? Country { get; set; }
}

public sealed class ConsumerContactInfo
{
    public string? Email { get; set; }

    public PhoneNumber? Cellular { get; set; }

    public PhoneNumber? Phone { get; set; }
}

public sealed class PhoneNumber
{
    public string? Number { get; set; }
}
