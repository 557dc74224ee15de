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

/// <summary>Answer of GET /paymentmethods/terms (docs §3): the method and its localized display terms.</summary>
public sealed class PaymentMethodTerms
{
    public string Method { get; set; } = string.Empty;

    public string? Submethod { get; set; }

    public string? Nationality { get; set; }

    public List<LocalizedTerm> LocalizedTerms { get; set; } = [];

    /// <summary>The figures of <see cref="LocalizedTerms"/>, for the requested amount.</summary>
    [JsonIgnore]
    public LocalizedFigures Figures => new(LocalizedTerms);
}
