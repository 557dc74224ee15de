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

    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>Answer of a transaction: the transaction and the order after it.</summary>
public sealed class TransactionResult
{
    [JsonRequired]
    public Transaction Transaction { get; set; } = new();

    [JsonRequired]
    public Order Order { get; set; } = new();
}
