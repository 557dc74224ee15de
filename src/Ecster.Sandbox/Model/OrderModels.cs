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

public sealed record OrderView(
    string Id, string MerchantId, string OrderReference, string Status, string Channel, string Currency,
    long Amount, long DebitedAmount, long CreditedAmount, long AnnulledAmount, long RemainingAmount,
    OrderPaymentOptionView PaymentOption, OrderPropertiesView Properties, ConsumerView Consumer,
    DebitConsentStateView DebitConsent, CartView Cart, IReadOnlyList<TransactionView> Transactions,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record OrderPaymentOptionView(string Id, string Code, string PaymentMethod, int Months, string Description);

public sealed record OrderPropertiesView(string Method, long InvoiceFee);

public sealed record DebitConsentStateView(bool Required, string Status, long? MaxAmount, DateTimeOffset? SignedAt);


/// <summary>A transaction as docs §9 shows it (<c>created</c>, <c>merchantId</c>); <c>debitTransaction</c> is Assumed (docs §13 A18).</summary>
public sealed record TransactionView(
    string Id, string Type, long Amount, string TransactionReference, string? DebitTransaction,
    IReadOnlyList<CartRowView>? Rows, DateTimeOffset Created, string MerchantId);

/// <summary>docs §9: a transaction answers the order's status after it and the transaction, not the order.</summary>
public sealed record TransactionResultView(string OrderStatus, TransactionView Transaction);

/// <summary>The start answer of docs §8; a PAPER consent leaves out the BankID fields.</summary>
public sealed record DebitConsentStartView(
    string ConsentId, string Status, long MaxAmount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OrderRef,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AutoStartToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? QrStartToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? QrStartSecret,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? SignedAt);

public sealed record DebitConsentStatusView(
    string ConsentId, string Status, string? HintCode, string? QrData, long MaxAmount, DateTimeOffset? SignedAt);
