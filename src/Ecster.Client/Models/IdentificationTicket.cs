using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of <c>POST /v1/identification/tickets</c> (docs §5): how the consumer was identified.</summary>
public sealed class CreateTicketRequest
{
    public TicketIdentification Identification { get; set; } = new();

    public TicketLocale Locale { get; set; } = new();

    [JsonIgnore]
    public PersonalIdentityNumber NationalId { get; set; }

    /// <summary>The wire form of <see cref="NationalId"/>: <c>SE</c> + <c>YYMMDD-NNNN</c> (docs §5).</summary>
    [JsonPropertyName("nationalId")]
    public string NationalIdOnTheWire => NationalId.ToTicketNationalId();

    /// <summary>Consumer and sales person together; required for a physical document, and longer-lived.</summary>
    public bool InPerson { get; set; }

    /// <summary>A ticket for a completed eID (<see cref="EidIdentification.Id"/>).</summary>
    public static CreateTicketRequest ForEid(string method, string eidId, PersonalIdentityNumber nationalId, TicketLocale? locale = null) => new()
    {
        Identification = new TicketIdentification { Method = method, Identifier = eidId },
        Locale = locale ?? new TicketLocale(),
        NationalId = nationalId,
        InPerson = false
    };

    /// <summary>A ticket for a document staff checked in person: its number and expiry month/year.</summary>
    public static CreateTicketRequest ForDocument(string method, string number, int month, int year, PersonalIdentityNumber nationalId,
        TicketLocale? locale = null) => new()
    {
        Identification = new TicketIdentification { Method = method, Identifier = number, Month = month, Year = year },
        Locale = locale ?? new TicketLocale(),
        NationalId = nationalId,
        InPerson = true
    };
}

/// <summary>The <c>identification</c> object of a ticket request.</summary>
public sealed class TicketIdentification
{
    /// <summary>See <see cref="IdentificationMethod"/>.</summary>
    public string Method { get; set; } = IdentificationMethod.MobileBankId;

    /// <summary>The eID id, or the document's number.</summary>
    public string Identifier { get; set; } = string.Empty;

    /// <summary>A document's expiry month (1-12); absent for eID.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Month { get; set; }

    /// <summary>A document's expiry year (4 digits); absent for eID.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Year { get; set; }
}

/// <summary>The consumer's locale.</summary>
public sealed class TicketLocale
{
    public string Language { get; set; } = "sv";

    public string Country { get; set; } = "SE";
}

/// <summary>A ticket (docs §5): acts for the identified consumer in payment options and create order until <see cref="ValidTo"/>.</summary>
public sealed class IdentificationTicket
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Ecster decides the lifetime (longer in person); never assumed by the client.</summary>
    public DateTimeOffset? ValidTo { get; set; }

    /// <summary>Absent for <see cref="IdentificationMethod.None"/>.</summary>
    public Consumer? Consumer { get; set; }
}
