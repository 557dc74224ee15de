using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>An order and its money. Everything mutable here is read and written under <see cref="Sync"/>.</summary>
internal sealed class Order(
    string id, string merchantId, string orderReference, string channel, CartView cart, PaymentOptionOffer option,
    TestConsumer consumer, string? notificationUrl, string createFingerprint, DateTimeOffset createdAt)
{
    public object Sync { get; } = new();
    public string Id { get; } = id;
    public string MerchantId { get; } = merchantId;
    public string OrderReference { get; set; } = orderReference;
    public string Channel { get; } = channel;
    public CartView Cart { get; set; } = cart;
    public PaymentOptionOffer Option { get; set; } = option;
    public TestConsumer Consumer { get; } = consumer;
    public string? NotificationUrl { get; } = notificationUrl;
    public string CreateFingerprint { get; } = createFingerprint;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset UpdatedAt { get; set; } = createdAt;
    public DebitConsent Consent { get; set; } = new(channel == Finance.PaymentCatalog.Store);
    public List<OrderTransaction> Transactions { get; } = [];

    public long Debited { get; set; }
    public long Credited { get; set; }
    public long Annulled { get; set; }

    public long Amount => Cart.Amount;
    public long Remaining => Amount - Debited - Annulled;
    public string Status => OrderStatuses.From(Debited, Credited, Remaining);

    public OrderView View() => new(
        Id, MerchantId, OrderReference, Status, Channel, Cart.Currency,
        Amount, Debited, Credited, Annulled, Remaining,
        new OrderPaymentOptionView(Option.Id, Option.Term.Code, Option.Term.PaymentMethod, Option.Term.Months, Option.Term.Description),
        new OrderPropertiesView(Option.Term.PaymentMethod, Option.Term.InvoiceFee),
        ConsumerView.Of(Consumer),
        Consent.View(), Cart, Transactions.Select(t => t.View(MerchantId)).ToList(), CreatedAt, UpdatedAt);
}
