using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /identifications/bankid (docs §4.1).</summary>
public sealed class StartBankIdIdentificationRequest
{
    /// <summary>When set, only this person can identify; leave empty for a QR code.</summary>
    public PersonalIdentityNumber? PersonalNumber { get; set; }

    /// <summary>The shopper's IP address as seen by the shop.</summary>
    public string EndUserIp { get; set; } = string.Empty;

    /// <summary>See <see cref="BankIdDevice"/>.</summary>
    public string Device { get; set; } = BankIdDevice.OtherDevice;
}

/// <summary>Answer of a BankID start: what the shopper's BankID app needs.</summary>
public sealed class BankIdIdentificationStart
{
    [JsonRequired]
    public string OrderRef { get; set; } = string.Empty;

    public string? AutoStartToken { get; set; }

    public string? QrStartToken { get; set; }

    /// <summary>Secret for <see cref="BankIdQrCode.Compute"/>: keep it server side, never log it.</summary>
    public string? QrStartSecret { get; set; }

    public DateTimeOffset? StartedAt { get; set; }
}

/// <summary>Answer of a BankID collect.</summary>
public sealed class BankIdIdentificationStatus
{
    public string? OrderRef { get; set; }

    /// <summary>See <see cref="IdentificationStatus"/>.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    /// <summary>e.g. <c>outstandingTransaction</c>, <c>userSign</c>, <c>userCancel</c>, <c>expiredTransaction</c>.</summary>
    public string? HintCode { get; set; }

    /// <summary>The current QR code content.</summary>
    public string? QrData { get; set; }

    /// <summary>Set when <see cref="Status"/> is COMPLETE; the key to a ticket.</summary>
    public string? IdentificationId { get; set; }

    public Consumer? Consumer { get; set; }
}
