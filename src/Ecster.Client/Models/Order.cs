using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>An Ecster order (docs §7.3). Amounts in SEK.</summary>
public sealed class Order
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    public string? MerchantId { get; set; }

    public string? OrderReference { get; set; }

    /// <summary>See <see cref="OrderStatus"/>.</summary>
    [JsonRequired]
    public string Status { get; set; } = string.Empty;

    public string? Channel { get; set; }

    public string Currency { get; set; } = "SEK";

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal DebitedAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal CreditedAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal AnnulledAmount { get; set; }

    /// <summary>What can still be debited or annulled.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal RemainingAmount { get; set; }

    public OrderPaymentOption? PaymentOption { get; set; }

    public OrderProperties? Properties { get; set; }

    public Consumer? Consumer { get; set; }

    public OrderDebitConsent? DebitConsent { get; set; }

    public Cart? Cart { get; set; }

    public List<Transaction> Transactions { get; set; } = [];

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>The option the order was created with.</summary>
public sealed class OrderPaymentOption
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? PaymentMethod { get; set; }

    public int Months { get; set; }

    public string? Description { get; set; }
}

/// <summary>Ecster's order properties.</summary>
public sealed class OrderProperties
{
    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string? Method { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? InvoiceFee { get; set; }
}

/// <summary>The order's debit consent state (store orders need a signed one before the first debit).</summary>
public sealed class OrderDebitConsent
{
    public bool Required { get; set; }

    /// <summary>See <see cref="DebitConsentStatus"/>.</summary>
    public string? Status { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal? MaxAmount { get; set; }

    public DateTimeOffset? SignedAt { get; set; }
}
