using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>The query of GET /paymentoptions/ (docs §6): amounts in SEK, sent as öre in the URL.</summary>
public sealed class PaymentOptionsRequest
{
    public string Ticket { get; set; } = string.Empty;

    /// <summary>The exact order total, SEK.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "SEK";

    /// <summary>Invoice only: added to the amount by Ecster. Always sent, 0 when none (as Ecster's example).</summary>
    public decimal InvoiceFee { get; set; }

    /// <summary>Part payment only; sent only when set (Ecster then uses its default).</summary>
    public decimal? AvailableCredit { get; set; }
}

/// <summary>Ecster's options for one ticket and one amount (docs §6; the envelope is Assumed, docs §13 A9).</summary>
public sealed class PaymentOptionList
{
    [JsonPropertyName("paymentOptions")]
    public List<PaymentOption> Options { get; set; } = [];
}

/// <summary>One way to pay the amount (docs §6). The figures are read from <see cref="LocalizedTerms"/>.</summary>
public sealed class PaymentOption
{
    /// <summary>The payment option reference to create the order with.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary><c>PARTPAYMENT</c> or <c>INVOICE</c>, see <see cref="PaymentMethodType"/>.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>E.g. <c>PARTPAYMENT_SE_1</c>.</summary>
    public string? PaymentSubmethod { get; set; }

    public string? Name { get; set; }

    /// <summary>Whether a recipient other than the consumer may be given (meaning Assumed, docs §13 A11).</summary>
    public bool? AllowAlternateRecipient { get; set; }

    /// <summary>The option's display figures (Assumed, docs §13 A10).</summary>
    public List<LocalizedTerm> LocalizedTerms { get; set; } = [];

    // The display figures as numbers, for callers that show them (docs §3.1); 0 when Ecster did not state one.

    [JsonIgnore]
    public LocalizedFigures Figures => new(LocalizedTerms);

    [JsonIgnore]
    public string? Description => Name;

    [JsonIgnore]
    public string? Code => PaymentSubmethod;

    [JsonIgnore]
    public int Months => Figures.Months;

    [JsonIgnore]
    public decimal MonthlyAmount => Figures.MonthlyAmount;

    /// <summary>A credit's start fee; 0 for an invoice, whose start fee is its <see cref="InvoiceFee"/>.</summary>
    [JsonIgnore]
    public decimal SetupFee => IsInvoice ? 0 : Figures.StartFee;

    [JsonIgnore]
    public decimal MonthlyFee => Figures.AdminFee;

    [JsonIgnore]
    public decimal InvoiceFee => IsInvoice ? Figures.StartFee : 0;

    [JsonIgnore]
    public decimal NominalInterestRate => Figures.NominalInterestRate;

    [JsonIgnore]
    public decimal EffectiveInterestRate => Figures.EffectiveInterestRate;

    [JsonIgnore]
    public decimal TotalAmount => Figures.TotalAmount;

    private bool IsInvoice => string.Equals(PaymentMethod, PaymentMethodType.Invoice, StringComparison.Ordinal);
}
