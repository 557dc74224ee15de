using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /orders/{orderId}/debitconsent (docs §8).</summary>
public sealed class StartDebitConsentRequest
{
    /// <summary>See <see cref="DebitConsentMethod"/>.</summary>
    public string Method { get; set; } = DebitConsentMethod.BankId;

    /// <summary>For BANKID.</summary>
    public PersonalIdentityNumber? PersonalNumber { get; set; }

    /// <summary>For BANKID.</summary>
    public string? EndUserIp { get; set; }

    /// <summary>For PAPER: the staff member who recorded the signed paper.</summary>
    public string? SignedBy { get; set; }
}

/// <summary>A debit consent, as answered by start and collect.</summary>
public sealed class DebitConsent
{
    [JsonRequired]
    public string ConsentId { get; set; } = string.Empty;

    /// <summary>See <see cref="DebitConsentStatus"/>.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    /// <summary>SEK.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? MaxAmount { get; set; }

    public string? HintCode { get; set; }

    public string? QrData { get; set; }

    public string? OrderRef { get; set; }

    public string? AutoStartToken { get; set; }

    public string? QrStartToken { get; set; }

    /// <summary>Secret for <see cref="BankIdQrCode.Compute"/>.</summary>
    public string? QrStartSecret { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }
}
