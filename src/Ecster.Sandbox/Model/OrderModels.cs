using System.Text.Json.Serialization;

namespace Ecster.Sandbox.Model;

// docs §7 and §9.

public sealed record CartView(long Amount, string Currency, string? Message, IReadOnlyList<CartRowView> Rows);

public sealed record CartRowView(
    string? PartNumber, string Name, string? Description, long Quantity, long UnitAmount, int VatRate,
    long DiscountAmount, bool Fee)
{
    [JsonIgnore]
    public long Total => checked(UnitAmount * Quantity - DiscountAmount);
}

/// <summary>
/// The order as docs §7.3 shows it. The <see cref="JsonIgnoreAttribute"/> members are for the inspector only:
/// Ecster sends no residual, no cart, no debit consent and none of the create's attributes back.
/// </summary>
public sealed record OrderView(
    string Id, string MerchantId, string OrderReference, string Status, string Currency,
    long Amount, long DebitedAmount, long CreditedAmount,
    OrderPropertiesView Properties, ConsumerView Consumer,
    IReadOnlyList<TransactionView> Transactions, DateTimeOffset Created)
{
    /// <summary>The consent the sandbox keeps to refuse a debit (docs §8, §9); Ecster's order shows none.</summary>
    [JsonIgnore] public DebitConsentStateView DebitConsent { get; init; } = null!;
    [JsonIgnore] public long AnnulledAmount { get; init; }
    [JsonIgnore] public long RemainingAmount { get; init; }
    [JsonIgnore] public CartView Cart { get; init; } = null!;
    [JsonIgnore] public string PaymentOptionId { get; init; } = string.Empty;
    [JsonIgnore] public string TermCode { get; init; } = string.Empty;
    [JsonIgnore] internal Domain.OrderAttributes Attributes { get; init; } = null!;
    [JsonIgnore] public bool InPerson { get; init; }
    [JsonIgnore] public string? SalesPerson => Attributes.SalesPerson;
    [JsonIgnore] public string? NotificationUrl => Attributes.NotificationUrl;
    [JsonIgnore] public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>docs §7.3 <c>properties</c>; <c>startFee</c> in öre.</summary>
public sealed record OrderPropertiesView(string Method, string Submethod, long StartFee);

/// <summary>The sandbox's own consent state, for inspection only (never in an API answer).</summary>
public sealed record DebitConsentStateView(bool Required, string Status, long? MaxAmount, DateTimeOffset? SignedAt);


/// <summary>A transaction as docs §9 shows it (<c>created</c>, <c>merchantId</c>); <c>debitTransaction</c> is Assumed (docs §13 A18).</summary>
public sealed record TransactionView(
    string Id, string Type, long Amount, string TransactionReference, string? DebitTransaction,
    IReadOnlyList<CartRowView>? Rows, DateTimeOffset Created, string MerchantId);

/// <summary>docs §9: a transaction answers the order's status after it and the transaction, not the order.</summary>
public sealed record TransactionResultView(string OrderStatus, TransactionView Transaction);

/// <summary>docs §8: the answer of a signature's start (201) and collect (200), as the eID's (docs §4).</summary>
public sealed record SignatureView(string Id, string Status, [property: JsonPropertyName("startURL")] string StartUrl, int PollTime);
