using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Domain;

/// <summary>An order and its money. Everything mutable here is read and written under <see cref="Sync"/>.</summary>
internal sealed class Order(
    string id, string merchantId, string orderReference, CartView cart, PaymentOptionOffer option,
    TestConsumer consumer, bool inPerson, OrderAttributes attributes, DateTimeOffset createdAt)
{
    public object Sync { get; } = new();
    public string Id { get; } = id;
    public string MerchantId { get; } = merchantId;
    public string OrderReference { get; set; } = orderReference;
    public CartView Cart { get; set; } = cart;
    public PaymentOptionOffer Option { get; set; } = option;
    public TestConsumer Consumer { get; } = consumer;
    public OrderAttributes Attributes { get; set; } = attributes;
    public string? NotificationUrl => Attributes.NotificationUrl;

    /// <summary>
    /// The <c>inPerson</c> of the ticket the order was created with (docs §5: the ticket decides what is mandatory
    /// later); fixed at creation, so an update cannot turn a store sale into an e-commerce one.
    /// </summary>
    public bool InPerson { get; } = inPerson;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset UpdatedAt { get; set; } = createdAt;
    public DebitConsent Consent { get; set; } = new(inPerson);
    public List<OrderTransaction> Transactions { get; } = [];

    public long Debited { get; set; }
    public long Credited { get; set; }
    public long Annulled { get; set; }

    public long Amount => Cart.Amount;
    public long Remaining => Amount - Debited - Annulled;
    public string Status => OrderStatuses.From(Debited, Remaining);

    public OrderView View() => new(
        Id, MerchantId, OrderReference, Status, Cart.Currency, Amount, Debited, Credited,
        new OrderPropertiesView(Option.Term.PaymentMethod, Finance.PaymentCatalog.Submethod(Option.Term.PaymentMethod), Option.Term.InvoiceFee),
        ConsumerView.Of(Consumer), // docs §7.3: the same consumer as the ticket's (docs §5)
        Transactions.Select(t => t.View(MerchantId)).ToList(), CreatedAt)
    {
        DebitConsent = Consent.View(),
        AnnulledAmount = Annulled, RemainingAmount = Remaining, Cart = Cart, Attributes = Attributes, UpdatedAt = UpdatedAt,
        PaymentOptionId = Option.Id, TermCode = Option.Term.Code, InPerson = InPerson
    };
}
