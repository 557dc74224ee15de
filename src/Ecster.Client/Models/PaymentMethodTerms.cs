using System.Text.Json.Serialization;

namespace Ecster.Client.Models;

/// <summary>The query of GET /paymentmethods/terms (docs §3): one payment method, one amount (SEK, sent as öre).</summary>
public sealed class PaymentMethodTermsQuery
{
    public string Locale { get; set; } = "sv-SE";

    public string Nationality { get; set; } = "SE";

    /// <summary>See <see cref="PaymentMethodType"/>.</summary>
    public string PaymentMethod { get; set; } = PaymentMethodType.PartPayment;

    /// <summary>The amount the figures are for, SEK.</summary>
    public decimal Amount { get; set; }

    public string Currency { get; set; } = "SEK";
}

/// <summary>
/// Answer of GET /paymentmethods/terms (docs §3): the method and its localized display terms. The typed readings
/// below parse those display strings (docs §3.1); 0 when Ecster did not state the figure.
/// </summary>
public sealed class PaymentMethodTerms
{
    public string Method { get; set; } = string.Empty;

    public string? Submethod { get; set; }

    public string? Nationality { get; set; }

    public List<LocalizedTerm> LocalizedTerms { get; set; } = [];

    /// <summary>Number of monthly payments in Ecster's figures (1 for an invoice).</summary>
    [JsonIgnore]
    public int Months => (int)(LocalizedTerms.Number(LocalizedTermId.Months) ?? 0);

    /// <summary>Percent.</summary>
    [JsonIgnore]
    public decimal NominalInterestRate => LocalizedTerms.Number(LocalizedTermId.InterestRate) ?? 0;

    /// <summary>Percent, for the requested amount.</summary>
    [JsonIgnore]
    public decimal EffectiveInterestRate => LocalizedTerms.Number(LocalizedTermId.EffectiveInterestRate) ?? 0;

    /// <summary>SEK: the start fee of a credit, the invoice fee of an invoice.</summary>
    [JsonIgnore]
    public decimal StartFee => LocalizedTerms.Number(LocalizedTermId.StartFee) ?? 0;

    /// <summary>SEK per month.</summary>
    [JsonIgnore]
    public decimal AdminFee => LocalizedTerms.Number(LocalizedTermId.AdminFee) ?? 0;

    /// <summary>SEK per month, for the requested amount.</summary>
    [JsonIgnore]
    public decimal MonthlyAmount => LocalizedTerms.Number(LocalizedTermId.MonthlyAmount) ?? 0;

    /// <summary>SEK, for the requested amount.</summary>
    [JsonIgnore]
    public decimal TotalAmount => LocalizedTerms.Number(LocalizedTermId.TotalAmount) ?? 0;
}
