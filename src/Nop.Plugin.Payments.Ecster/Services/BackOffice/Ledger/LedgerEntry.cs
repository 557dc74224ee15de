using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

/// <summary>The three ways money moves on an Ecster order.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum MovementType
{
    /// <summary>Capture: Ecster charges the consumer.</summary>
    Debit,

    /// <summary>Refund: money goes back to the consumer.</summary>
    Credit,

    /// <summary>Void: what is authorised and not debited is released.</summary>
    Annul
}

/// <summary>
/// Where a movement stands. Pending and Unknown block further movements on the order until settled by reading
/// Ecster's order: never by sending again, since Ecster does not deduplicate a repeated reference.
/// </summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum LedgerEntryState
{
    /// <summary>Recorded, the call to Ecster not answered yet (or the process stopped before or while sending).</summary>
    Pending,

    /// <summary>Ecster confirmed it; the entry carries Ecster's transaction id.</summary>
    Succeeded,

    /// <summary>Ecster refused it, or it was still absent from Ecster's order after the settling window.</summary>
    Failed,

    /// <summary>The answer was lost and reading the order did not settle it yet.</summary>
    Unknown
}

/// <summary>One money movement of one order, recorded before Ecster is called and completed after.</summary>
public sealed class LedgerEntry
{
    public MovementType Type { get; set; }

    /// <summary>Our transactionReference: unique per order, so reading Ecster's order tells whether it happened.</summary>
    public string Reference { get; set; } = string.Empty;

    /// <summary>
    /// The intent the movement carries out ("credit-12-0-30000", "debit-shipment7"); a refund split across debits
    /// is several entries of one intent. Null for a movement that is its own intent (a capture, a void).
    /// </summary>
    public string? Intent { get; set; }

    /// <summary>SEK in whole öre (two decimals), as sent to Ecster.</summary>
    public decimal Amount { get; set; }

    /// <summary>For a credit: Ecster's id of the debit it credits.</summary>
    public string? DebitTransaction { get; set; }

    public LedgerEntryState State { get; set; }

    public string? EcsterTransactionId { get; set; }

    /// <summary>Why it was made: "Admin capture", "Shipment 12", "Order cancelled", "Ecster portal", ...</summary>
    public string Trigger { get; set; } = string.Empty;

    /// <summary>True when the movement was made outside this shop (Ecster's portal) and only mirrored here.</summary>
    public bool External { get; set; }

    public DateTime CreatedOnUtc { get; set; }

    public DateTime? CompletedOnUtc { get; set; }

    /// <summary>A refusal or failure in words an admin can act on; never a secret or a personal number.</summary>
    public string? Error { get; set; }

    [JsonIgnore]
    public bool IsOpen => State is LedgerEntryState.Pending or LedgerEntryState.Unknown;
}
