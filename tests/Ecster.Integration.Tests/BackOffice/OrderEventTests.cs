using Ecster.Client.Models;
using OrderStatus = Nop.Core.Domain.Orders.OrderStatus;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>nopCommerce's order events moving money at Ecster: shipments, cancellation, admin edits.</summary>
public class OrderEventTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    /// <summary>An order of a 300 kr lamp, two 200 kr chairs and 300 kr shipping (1 000 kr), and its shipments.</summary>
    private async Task<(NopOrder Order, string EcsterId, Dictionary<int, List<ShipmentItem>> Shipments)> ShippableOrderAsync()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, rows:
        [
            new CartRow { PartNumber = "LAMP", Name = "Lamp", Quantity = 1, UnitAmount = 300m, VatRate = 25m },
            new CartRow { PartNumber = "CHAIR", Name = "Chair", Quantity = 2, UnitAmount = 200m, VatRate = 25m },
            new CartRow { PartNumber = "Shipping", Name = "Frakt", Quantity = 1, UnitAmount = 300m, VatRate = 25m, Fee = true }
        ]);
        _h.OrderItems.Add(new OrderItem { Id = 1, OrderId = order.Id, Quantity = 1, PriceInclTax = 300m, UnitPriceInclTax = 300m });
        _h.OrderItems.Add(new OrderItem { Id = 2, OrderId = order.Id, Quantity = 2, PriceInclTax = 400m, UnitPriceInclTax = 200m });
        var shipments = new Dictionary<int, List<ShipmentItem>>();
        _h.Shipments.Setup(s => s.GetShipmentItemsByShipmentIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => (IList<ShipmentItem>)shipments.GetValueOrDefault(id, []));
        _h.Shipments.Setup(s => s.GetShipmentsByOrderIdAsync(order.Id, true, It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync(() => (IList<Shipment>)shipments.Keys.Select(id => new Shipment { Id = id, OrderId = order.Id, ShippedDateUtc = DateTime.UtcNow }).ToList());
        _h.EcsterSettings.CaptureMode = EcsterCaptureMode.OnShipmentSent;
        return (order, ecster.Id, shipments);
    }

    private Task SendAsync(NopOrder order, int shipmentId) =>
        _h.NewShipmentConsumer().HandleEventAsync(new ShipmentSentEvent(new Shipment { Id = shipmentId, OrderId = order.Id, ShippedDateUtc = DateTime.UtcNow }));

    [Test]
    public async Task Each_sent_shipment_debits_its_rows_and_the_last_debits_the_rest_adding_up_to_the_total()
    {
        var (order, ecsterId, shipments) = await ShippableOrderAsync();

        shipments[11] = [new ShipmentItem { ShipmentId = 11, OrderItemId = 1, Quantity = 1 }];
        await SendAsync(order, 11);
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized), "part debited, the rest still open");

        shipments[12] = [new ShipmentItem { ShipmentId = 12, OrderItemId = 2, Quantity = 1 }];
        await SendAsync(order, 12);

        shipments[13] = [new ShipmentItem { ShipmentId = 13, OrderItemId = 2, Quantity = 1 }];
        await SendAsync(order, 13);

        var debits = _h.SandboxTransactions(ecsterId, "DEBIT");
        Assert.That(debits.Select(d => d.Amount), Is.EqualTo(new[] { 30_000L, 20_000L, 50_000L }), "the last also takes the shipping");
        Assert.That(debits.Sum(d => d.Amount), Is.EqualTo(100_000));
        Assert.That(debits.Select(d => d.TransactionReference), Is.EqualTo(new[]
            { $"{order.OrderGuid:N}-debit-shipment11", $"{order.OrderGuid:N}-debit-shipment12", $"{order.OrderGuid:N}-debit-shipment13" }));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task A_shipment_event_raised_twice_debits_once()
    {
        var (order, ecsterId, shipments) = await ShippableOrderAsync();
        shipments[11] = [new ShipmentItem { ShipmentId = 11, OrderItemId = 1, Quantity = 1 }];

        await SendAsync(order, 11);
        await SendAsync(order, 11);

        Assert.That(_h.SandboxTransactions(ecsterId, "DEBIT").Select(d => d.Amount), Is.EqualTo(new[] { 30_000L }));
    }

    [Test]
    public async Task Shipments_debit_nothing_when_the_store_captures_by_hand()
    {
        var (order, ecsterId, shipments) = await ShippableOrderAsync();
        _h.EcsterSettings.CaptureMode = EcsterCaptureMode.OnAdminCapture;
        shipments[11] = [new ShipmentItem { ShipmentId = 11, OrderItemId = 1, Quantity = 1 }];

        await SendAsync(order, 11);

        Assert.That(_h.SandboxTransactions(ecsterId, "DEBIT"), Is.Empty);
    }

    [Test]
    public async Task Cancelling_the_order_annuls_what_is_not_debited()
    {
        var (order, ecsterId, shipments) = await ShippableOrderAsync();
        shipments[11] = [new ShipmentItem { ShipmentId = 11, OrderItemId = 1, Quantity = 1 }];
        await SendAsync(order, 11);

        order.OrderStatus = OrderStatus.Cancelled;
        await _h.NewCancelConsumer().HandleEventAsync(new OrderStatusChangedEvent(order, OrderStatus.Processing));
        await _h.NewCancelConsumer().HandleEventAsync(new OrderStatusChangedEvent(order, OrderStatus.Processing));

        Assert.That(_h.SandboxTransactions(ecsterId, "ANNUL").Select(a => a.Amount), Is.EqualTo(new[] { 70_000L }));
        Assert.That(_h.SandboxTransactions(ecsterId, "DEBIT").Select(a => a.Amount), Is.EqualTo(new[] { 30_000L }), "what was debited stays");
    }

    [Test]
    public async Task Cancelling_an_undebited_order_voids_it()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        order.OrderStatus = OrderStatus.Cancelled;

        await _h.NewCancelConsumer().HandleEventAsync(new OrderStatusChangedEvent(order, OrderStatus.Pending));

        Assert.That(_h.SandboxTransactions(ecster.Id, "ANNUL"), Has.Count.EqualTo(1));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public async Task An_order_edited_before_any_debit_updates_the_Ecster_order()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        _h.OrderItems.Add(new OrderItem { Id = 5, OrderId = order.Id, Quantity = 2, PriceInclTax = 1_200m, PriceExclTax = 960m });

        order.OrderTotal = 1_200m;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));

        var updated = await _h.Client.GetOrderAsync(ecster.Id);
        Assert.That(updated.Amount, Is.EqualTo(1_200m));
        Assert.That(_h.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!.Cart.Rows.Sum(r => r.Total), Is.EqualTo(120_000));
        Assert.That(_h.NotesOf(order), Has.Some.Contains("sent to Ecster"));

        // Saving the order again without a change calls Ecster no more.
        var requests = _h.Fixture.Sandbox.Inspector.TotalRequests;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(requests));
    }

    [Test]
    public async Task An_edit_re_sends_every_attribute_from_the_nopCommerce_order_because_Ecster_deletes_what_is_left_out()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store, notificationUrl: new Uri("https://shop.example/Plugins/PaymentEcster/Notification"),
            paymentMethod: PaymentMethodType.PartPayment);
        order.ShippingAddressId = _h.Addresses.Add(NopAddresses.Anna()).Id;
        order.BillingAddressId = _h.Addresses.Add(new Nop.Core.Domain.Common.Address { FirstName = "Bill", City = "Uppsala" }).Id;
        // The sales person of the store sale, as checkout kept it on the order.
        await _h.Attributes.SaveAttributeAsync(order, EcsterDefaults.SalesPersonAttributeKey, "nop-1");
        _h.OrderItems.Add(new OrderItem { Id = 5, OrderId = order.Id, Quantity = 2, PriceInclTax = 1_200m, PriceExclTax = 960m });

        order.OrderTotal = 1_200m;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));

        var held = _h.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(held.Amount, Is.EqualTo(120_000));
            Assert.That(held.OrderReference, Is.EqualTo(ecster.OrderReference));
            Assert.That(held.NotificationUrl, Is.EqualTo("https://shop.example/Plugins/PaymentEcster/Notification"));
            Assert.That(held.SalesPerson, Is.EqualTo("nop-1"));
            Assert.That(held.Attributes.Recipient!.Address!.Line1, Is.EqualTo("Storgatan 1"), "the order's shipping address");
            Assert.That(held.Attributes.Recipient.Address.Country, Is.EqualTo("SE"));
            Assert.That(held.Attributes.ContactInfo!.Email, Is.EqualTo("anna@example.se"));
            Assert.That(held.TermCode, Is.Not.Empty, "no new option: the amount changed, but the ticket options need is gone");
        });
    }

    [Test]
    public async Task An_edit_of_an_order_whose_option_allows_no_alternate_recipient_leaves_the_recipient_out_as_the_create_did()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, paymentMethod: PaymentMethodType.Invoice);
        order.ShippingAddressId = _h.Addresses.Add(NopAddresses.Anna()).Id;
        _h.OrderItems.Add(new OrderItem { Id = 6, OrderId = order.Id, Quantity = 2, PriceInclTax = 1_200m, PriceExclTax = 960m });

        order.OrderTotal = 1_200m;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));

        var held = _h.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!;
        Assert.That(held.Amount, Is.EqualTo(120_000), string.Join(" | ", _h.NotesOf(order)));
        Assert.That(held.Attributes.Recipient, Is.Null);
        Assert.That(held.Attributes.ContactInfo!.Email, Is.EqualTo("anna@example.se"));
    }

    [Test]
    public async Task An_order_edited_after_a_debit_is_not_sent_and_the_admin_is_told_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new Nop.Services.Payments.CapturePaymentRequest { Order = order });

        order.OrderTotal = 800m;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));

        Assert.That((await _h.Client.GetOrderAsync(ecster.Id)).Amount, Is.EqualTo(1_000m));
        Assert.That(_h.NotesOf(order).Count(n => n.Contains("already moved at Ecster")), Is.EqualTo(1));
    }
}
