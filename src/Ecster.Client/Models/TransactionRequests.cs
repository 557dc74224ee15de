using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>A debit (capture). Amount in SEK.</summary>
public sealed class DebitRequest
{
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    /// <summary>Optional; when given their total must equal <see cref="Amount"/>.</summary>
    public List<CartRow>? Rows { get; set; }

    /// <summary>
    /// The shop's unique reference (max 64 characters). Makes the debit idempotent, so the client may retry
    /// it; without one a failed debit is never retried and ends as <see cref="EcsterErrorKind.UnknownOutcome"/>.
    /// </summary>
    public string? TransactionReference { get; set; }
}

/// <summary>A credit (refund). Amount in SEK.</summary>
public sealed class CreditRequest
{
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public List<CartRow>? Rows { get; set; }

    /// <summary>Optional: the debit to credit.</summary>
    public string? DebitTransaction { get; set; }

    /// <inheritdoc cref="DebitRequest.TransactionReference"/>
    public string? TransactionReference { get; set; }
}

/// <summary>An annulment (void) of what is not yet debited.</summary>
public sealed class AnnulRequest
{
    /// <summary>SEK; null annuls all of the order's remaining amount.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? Amount { get; set; }

    /// <inheritdoc cref="DebitRequest.TransactionReference"/>
    public string? TransactionReference { get; set; }
}

/// <summary>The one wire body of POST /orders/{orderId}/transactions, whatever the type.</summary>
internal sealed class TransactionBody
{
    public string Type { get; set; } = string.Empty;

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? Amount { get; set; }

    public List<CartRow>? Rows { get; set; }

    public string? DebitTransaction { get; set; }

    public string? TransactionReference { get; set; }
}
