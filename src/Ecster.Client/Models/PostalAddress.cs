namespace Ecster.Client.Models;

/// <summary>An address as Ecster writes it (docs §5, §7.2, §7.3). Personal data: never logged.</summary>
public sealed class PostalAddress
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? City { get; set; }

    public string? Zip { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. <c>SE</c>.</summary>
    public string? Country { get; set; }
}
