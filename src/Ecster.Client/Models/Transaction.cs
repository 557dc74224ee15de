using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>A money movement on an order (docs §9). Amount in SEK.</summary>
public sealed class Transaction
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>See <see cref="TransactionType"/>.</summary>
    public string? Type { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public string? TransactionReference { get; set; }

    /// <summary>For a credit: the debit it credits.</summary>
    public string? DebitTransaction { get; set; }

    public List<CartRow>? Rows { get; set; }

    /// <summary>Ecster's <c>created</c>.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The message to the consumer, when one was sent.</summary>
    public string? Message { get; set; }

    public string? MerchantId { get; set; }
}

/// <summary>
/// Answer of a transaction (docs §9): the order's status after it and the transaction, not the order; read the
/// order (GET) for its amounts.
/// </summary>
public sealed class TransactionResult
{
    /// <summary>See <see cref="OrderStatus"/>.</summary>
    public string? OrderStatus { get; set; }

    [JsonRequired]
    public Transaction Transaction { get; set; } = new();
}
