using Newtonsoft.Json;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;

/// <summary>
/// The plugin's own record of an in-person order's debit consent, kept on the nopCommerce order because Ecster's
/// order shows no consent (docs §7.3, §8): the signature last started, and when its collect answered COMPLETE.
/// </summary>
public sealed record DebitConsentRecord
{
    [JsonProperty("signatureId")]
    public string SignatureId { get; init; } = string.Empty;

    /// <summary>Null while the signature is not known to be complete.</summary>
    [JsonProperty("signedAtUtc")]
    public DateTime? SignedAtUtc { get; init; }

    [JsonIgnore]
    public bool IsSigned => SignedAtUtc is not null;
}

/// <summary>What the capture and the order panel need to know about an order's debit consent.</summary>
public sealed record DebitConsentState(bool Required, string Status, DateTime? SignedAtUtc)
{
    public const string NotRequired = "NOT_REQUIRED";
    public const string Missing = "REQUIRED";
    public const string Pending = "PENDING";
    public const string Signed = "SIGNED";

    /// <summary>Ecster could not be read to settle a started signature: Ecster's own check decides at the debit.</summary>
    public const string Unknown = "UNKNOWN";

    /// <summary>Known not to be signed: a capture would only be refused by Ecster (4426).</summary>
    public bool BlocksCapture => Required && Status is Missing or Pending;
}
