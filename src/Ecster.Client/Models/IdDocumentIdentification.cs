using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /identifications/iddocument (docs §4.2): staff checked an ID document in store.</summary>
public sealed class IdentifyByIdDocumentRequest
{
    public PersonalIdentityNumber PersonalNumber { get; set; }

    public string FirstName { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public IdDocument Document { get; set; } = new();

    /// <summary>The staff member who checked the document.</summary>
    public string VerifiedBy { get; set; } = string.Empty;
}

/// <summary>The identity document shown.</summary>
public sealed class IdDocument
{
    /// <summary>See <see cref="IdDocumentType"/>.</summary>
    public string Type { get; set; } = IdDocumentType.DriversLicence;

    public string Number { get; set; } = string.Empty;

    public DateOnly ExpiryDate { get; set; }

    /// <summary>ISO 3166 alpha-2, e.g. <c>SE</c>.</summary>
    public string IssuingCountry { get; set; } = "SE";
}

/// <summary>A finished identification (ID document).</summary>
public sealed class Identification
{
    [JsonRequired]
    public string IdentificationId { get; set; } = string.Empty;

    /// <summary>See <see cref="IdentificationStatus"/>.</summary>
    public string? Status { get; set; }

    public Consumer? Consumer { get; set; }
}
