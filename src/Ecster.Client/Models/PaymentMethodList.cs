namespace Ecster.Client.Models;

/// <summary>The query of GET /paymentmethods (docs §2); the amount in SEK, sent as öre.</summary>
public sealed class PaymentMethodsQuery
{
    /// <summary>The consumer's locale, an IETF tag.</summary>
    public string Locale { get; set; } = "sv-SE";

    /// <summary>The consumer's nationality, ISO 3166-1 alpha-2.</summary>
    public string Nationality { get; set; } = "SE";

    public string Currency { get; set; } = "SEK";

    /// <summary>The amount to pay, SEK.</summary>
    public decimal Amount { get; set; }

    /// <summary>True when consumer and sales person are together (a physical store).</summary>
    public bool InPerson { get; set; }
}

/// <summary>Answer of GET /paymentmethods (docs §2).</summary>
public sealed class PaymentMethodList
{
    public List<PaymentMethod> PaymentMethods { get; set; } = [];

    /// <summary>Localized information to show (shape Assumed, docs §13 A27).</summary>
    public List<LocalizedTerm> LocalizedInfo { get; set; } = [];
}

/// <summary>One payment method and the identification methods it can be used with.</summary>
public sealed class PaymentMethod
{
    /// <summary><c>INVOICE</c> or <c>PARTPAYMENT</c>, see <see cref="PaymentMethodType"/>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Ecster's text for it, e.g. "Betalning med faktura".</summary>
    public string? Description { get; set; }

    /// <summary>E.g. <c>INVOICE_SE_1</c>.</summary>
    public List<string> SubMethods { get; set; } = [];

    /// <summary>See <see cref="IdentificationMethod"/>.</summary>
    public List<string> IdentificationMethods { get; set; } = [];
}
