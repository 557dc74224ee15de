using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of <c>POST /v1/identification/eid</c> (docs §4.1): starts BankID for one named person.</summary>
public sealed class StartEidRequest
{
    /// <summary><see cref="IdentificationMethod.BankId"/> (this device) or <see cref="IdentificationMethod.MobileBankId"/> (another device).</summary>
    public string Type { get; set; } = IdentificationMethod.MobileBankId;

    /// <summary>Ecster always needs the person: BankID is started for this number only.</summary>
    [JsonIgnore]
    public PersonalIdentityNumber NationalId { get; set; }

    /// <summary>The wire form of <see cref="NationalId"/>: <c>SE</c> + 10 digits without separator (docs §4.1).</summary>
    [JsonPropertyName("nationalId")]
    public string NationalIdOnTheWire => NationalId.ToEidNationalId();
}

/// <summary>Answer of an eID start and of each collect (docs §4.1, §4.2).</summary>
public sealed class EidIdentification
{
    /// <summary>The identification's id: the collect path's key, and the ticket's identifier once complete.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>See <see cref="EidStatus"/>; an unknown value is kept as Ecster sent it.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    /// <summary>Opens the BankID app; only relevant when shop and BankID are on the same device.</summary>
    public string? StartUrl { get; set; }

    /// <summary>Milliseconds to wait before the next collect.</summary>
    public int? PollTime { get; set; }

    public bool IsComplete => Status == EidStatus.Complete;

    /// <summary>Still waiting for the consumer: collect again after <see cref="PollTime"/>.</summary>
    public bool IsPending => EidStatus.IsPending(Status);
}
