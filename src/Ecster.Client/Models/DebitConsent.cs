using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /orders/{orderId}/signatures (docs §8).</summary>
internal sealed class StartSignatureBody
{
    public string SignatureType { get; set; } = Models.SignatureType.DebitConsent;

    public SignatureIdentification Identification { get; set; } = new();
}

/// <summary><c>{ "method": "SE_BANKID_MOBILE", "identifier": null }</c>: the identifier is sent as null, as in Ecster's example.</summary>
internal sealed class SignatureIdentification
{
    public string Method { get; set; } = IdentificationMethod.MobileBankId;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Identifier { get; set; }
}

/// <summary>A signature as its start (201) and collect (200) answer it (docs §8): the eID's four fields.</summary>
public sealed class Signature
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>See <see cref="SignatureStatus"/>; an unknown value is kept as sent.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    /// <summary>Opens the BankID app on the device it is shown on.</summary>
    [JsonPropertyName("startURL")]
    public string? StartUrl { get; set; }

    /// <summary>Milliseconds to wait before the next collect.</summary>
    public int? PollTime { get; set; }
}

/// <summary>Signature types (docs §8).</summary>
public static class SignatureType
{
    public const string DebitConsent = "DEBIT_CONSENT";
}

/// <summary>
/// Statuses of a signature (docs §4.3, shared with the eID): pending ones mean collect again, <see cref="Complete"/>
/// means signed, anything else (an unknown value too) ended it unsigned.
/// </summary>
public static class SignatureStatus
{
    public const string OutstandingTransaction = "OUTSTANDING_TRANSACTION";
    public const string NoClient = "NO_CLIENT";
    public const string Started = "STARTED";
    public const string UserSign = "USER_SIGN";
    public const string Complete = "COMPLETE";

    public static bool IsPending(string? status) => status is OutstandingTransaction or NoClient or Started or UserSign;

    public static bool IsComplete(string? status) => status == Complete;
}
