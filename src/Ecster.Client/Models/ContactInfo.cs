namespace Ecster.Client.Models;

/// <summary>
/// How to reach a person (docs §5, §7.2, §7.3): <c>{ email, cellular: { number }, phone: { number } }</c>.
/// Personal data: never logged.
/// </summary>
public sealed class ContactInfo
{
    public string? Email { get; set; }

    public PhoneNumber? Cellular { get; set; }

    public PhoneNumber? Phone { get; set; }
}

/// <summary>A phone number as Ecster nests it: <c>{ "number": "0701234567" }</c>.</summary>
public sealed class PhoneNumber
{
    public string? Number { get; set; }
}
