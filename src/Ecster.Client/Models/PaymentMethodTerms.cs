using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Answer of GET /paymentmethods/terms (docs §3): cacheable figures for product-page prices.</summary>
public sealed class PaymentMethodTerms
{
    public string Currency { get; set; } = "SEK";

    public DateTimeOffset? ValidUntil { get; set; }

    public string? TermsUrl { get; set; }

    public List<PaymentTerm> Terms { get; set; } = [];

    /// <summary>Ecster's example for consumer-credit marketing.</summary>
    public RepresentativeExample? RepresentativeExample { get; set; }
}

/// <summary>The terms of one credit product (amounts in SEK, rates in percent).</summary>
public sealed class PaymentTerm
{
    public string Code { get; set; } = string.Empty;

    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string PaymentMethod { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>Number of monthly payments (1 for invoice).</summary>
    public int Months { get; set; }

    [JsonConverter(typeof(PercentConverter))]
    public decimal NominalInterestRate { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal SetupFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MonthlyFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal InvoiceFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MinAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MaxAmount { get; set; }
}

/// <summary>The representative example (Konsumentkreditlagen), amounts in SEK, rates in percent.</summary>
public sealed class RepresentativeExample
{
    public string Code { get; set; } = string.Empty;

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public int Months { get; set; }

    [JsonConverter(typeof(PercentConverter))]
    public decimal NominalInterestRate { get; set; }

    [JsonConverter(typeof(PercentConverter))]
    public decimal EffectiveInterestRate { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal SetupFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MonthlyFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MonthlyAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal TotalAmount { get; set; }
}
