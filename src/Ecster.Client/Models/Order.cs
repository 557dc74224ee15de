using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>An Ecster order as GET /orders/{orderId} answers it (docs §7.3). Amounts in SEK.</summary>
public sealed class Order
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    public string? MerchantId { get; set; }

    public string? OrderReference { get; set; }

    /// <summary>See <see cref="OrderStatus"/>; an unknown value is kept as sent.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    public string Currency { get; set; } = "SEK";

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal DebitedAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal CreditedAmount { get; set; }

    /// <summary>What was annulled: the order's ANNUL transactions. Ecster sends no such field (docs §7.3).</summary>
    [JsonIgnore]
    public decimal AnnulledAmount => Transactions.Where(t => t.Type == TransactionType.Annul).Sum(t => t.Amount);

    /// <summary>
    /// What can still be debited or annulled, computed by the client because Ecster sends no residual
    /// (docs §7.3, Assumed A19): <c>amount − debited − annulled</c> while READY or PARTIALLY_DELIVERED, else 0.
    /// </summary>
    [JsonIgnore]
    public decimal RemainingAmount => Status is OrderStatus.Ready or OrderStatus.PartiallyDelivered
        ? Math.Max(0m, Amount - DebitedAmount - AnnulledAmount)
        : 0m;

    public OrderProperties? Properties { get; set; }

    /// <summary>The identified consumer. Personal data: never logged.</summary>
    public Consumer? Consumer { get; set; }

    public List<Transaction> Transactions { get; set; } = [];

    /// <summary>Ecster's <c>created</c>.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>Ecster's order properties (docs §7.3).</summary>
public sealed class OrderProperties
{
    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string? Method { get; set; }

    /// <summary>E.g. <c>INVOICE_SE_1</c>, <c>PARTPAYMENT_SE_1</c>.</summary>
    public string? Submethod { get; set; }

    /// <summary>SEK (öre on the wire).</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? StartFee { get; set; }

    public bool? DirectDebit { get; set; }

    public int? DueDays { get; set; }
}
