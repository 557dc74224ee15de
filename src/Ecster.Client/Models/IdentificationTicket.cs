using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /tickets (docs §5).</summary>
public sealed class CreateTicketRequest
{
    public string IdentificationId { get; set; } = string.Empty;
}

/// <summary>A ticket: acts for the identified consumer in payment options and create order, for 30 minutes.</summary>
public sealed class IdentificationTicket
{
    [JsonRequired]
    public string Ticket { get; set; } = string.Empty;

    public DateTimeOffset? ExpiresAt { get; set; }

    public Consumer? Consumer { get; set; }
}
