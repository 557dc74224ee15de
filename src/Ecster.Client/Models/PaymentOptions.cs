using Ecster.Client.Serialization;
using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>Body of POST /paymentoptions (docs §6).</summary>
public sealed class PaymentOptionsRequest
{
    public string Ticket { get; set; } = string.Empty;

    /// <summary>The exact order total, SEK.</summary>
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "SEK";

    /// <summary>See <see cref="Models.Channel"/>.</summary>
    public string Channel { get; set; } = Models.Channel.Ecommerce;
}

/// <summary>Ecster's options for one ticket and one amount.</summary>
public sealed class PaymentOptionList
{
    [JsonConverter(typeof(OreAmountConverter))]
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "SEK";

    public List<PaymentOption> Options { get; set; } = [];
}

/// <summary>One way to pay the amount, with its cost (SEK, percent).</summary>
public sealed class PaymentOption
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    public string? Code { get; set; }

    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string? PaymentMethod { get; set; }

    public string? Description { get; set; }

    public int Months { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MonthlyAmount { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal SetupFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal MonthlyFee { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal InvoiceFee { get; set; }

    [JsonConverter(typeof(PercentConverter))]
    public decimal NominalInterestRate { get; set; }

    [JsonConverter(typeof(PercentConverter))]
    public decimal EffectiveInterestRate { get; set; }

    [JsonConverter(typeof(OreAmountConverter))]
    public decimal TotalAmount { get; set; }
}
