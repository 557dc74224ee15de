using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Moq;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Ecster;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Money;

/// <summary>
/// Debits on shipment take what the shopper actually pays for the shipped items (after the sub-total discount, the
/// order discount, gift cards and reward points), in SEK at the order's rate: the debits add up to the order total
/// and no shipment debits more than its share.
/// </summary>
public class ShipmentDebitTests
{
    private BackOfficeHarness _h = null!;
    private readonly Dictionary<int, List<ShipmentItem>> _shipments = [];

    [SetUp]
    public async Task SetUp()
    {
        _shipments.Clear();
        _h = await BackOfficeHarness.StartAsync(maxRetries: 3);
        _h.EcsterSettings.CaptureMode = EcsterCaptureMode.OnShipmentSent;
        _h.Shipments.Setup(s => s.GetShipmentItemsByShipmentIdAsync(It.IsAny<int>()))
            .ReturnsAsync((int id) => (IList<ShipmentItem>)_shipments.GetValueOrDefault(id, []));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    /// <summary>
    /// A lamp (300), two chairs (2 × 200) and shipping (300) in the store's currency, less what the shopper paid
    /// otherwise; Ecster holds <paramref name="ecsterAmount"/> kr.
    /// </summary>
    private async Task<(NopOrder Order, string EcsterId)> OrderAsync(decimal ecsterAmount, Action<NopOrder> nopTotals)
    {
        var (order, ecster) = await _h.PlaceOrderAsync(ecsterAmount, rows:
            [new CartRow { PartNumber = "ALL", Name = "Lamp, chairs, shipping", Quantity = 1, UnitAmount = ecsterAmount, VatRate = 25m }]);
        order.OrderSubtotalInclTax = 700m;
        order.OrderShippingInclTax = 300m;
        order.OrderTotal = 1_000m;
        nopTotals(order);
        _h.OrderItems.Add(new OrderItem { Id = 1, OrderId = order.Id, Quantity = 1, PriceInclTax = 300m, PriceExclTax = 240m });
        _h.OrderItems.Add(new OrderItem { Id = 2, OrderId = order.Id, Quantity = 2, PriceInclTax = 400m, PriceExclTax = 320m });
        _h.Shipments.Setup(s => s.GetShipmentsByOrderIdAsync(order.Id, true, It.IsAny<bool?>(), It.IsAny<int>()))
            .ReturnsAsync(() => (IList<Shipment>)_shipments.Keys.Select(id => new Shipment { Id = id, OrderId = order.Id, ShippedDateUtc = DateTime.UtcNow }).ToList());
        return (order, ecster.Id);
    }

    /// <summary>Sends the lamp, then one chair, then the other (which completes the order).</summary>
    private async Task<long[]> ShipOneByOneAsync(NopOrder order, string ecsterId)
    {
        (int Shipment, int Item)[] parcels = [(11, 1), (12, 2), (13, 2)];
        foreach (var (shipment, item) in parcels)
        {
            _shipments[shipment] = [new ShipmentItem { ShipmentId = shipment, OrderItemId = item, Quantity = 1 }];
            await _h.NewShipmentConsumer().HandleEventAsync(new ShipmentSentEvent(new Shipment { Id = shipment, OrderId = order.Id, ShippedDateUtc = DateTime.UtcNow }));
        }

        return _h.SandboxTransactions(ecsterId, "DEBIT").Select(d => d.Amount).ToArray();
    }

    [Test]
    public async Task A_gift_card_lowers_each_shipments_debit_and_the_debits_add_up_to_the_order_total()
    {
        // 1 000 charged, 200 paid with a gift card: the shopper pays 80 % of everything through Ecster.
        var (order, ecsterId) = await OrderAsync(800m, o => o.OrderTotal = 800m);

        var debits = await ShipOneByOneAsync(order, ecsterId);

        Assert.That(debits, Is.EqualTo(new[] { 24_000L, 16_000L, 40_000L }), "lamp 240, chair 160, the last chair with shipping 160 + 240");
        Assert.That(debits.Sum(), Is.EqualTo(80_000L));
    }

    [Test]
    public async Task Sub_total_and_order_discounts_lower_each_shipments_debit()
    {
        // 700 of items less a 70 sub-total discount, plus 300 shipping, less a 93 order discount: 837.
        var (order, ecsterId) = await OrderAsync(837m, o =>
        {
            o.OrderSubTotalDiscountInclTax = 70m;
            o.OrderDiscount = 93m;
            o.OrderTotal = 837m;
        });

        var debits = await ShipOneByOneAsync(order, ecsterId);

        // Items at 90 %, then everything at 837 / 930 = 90 %: the lamp 300 × 0.81 = 243, a chair 200 × 0.81 = 162.
        Assert.That(debits, Is.EqualTo(new[] { 24_300L, 16_200L, 43_200L }));
        Assert.That(debits.Sum(), Is.EqualTo(83_700L));
    }

    [Test]
    public async Task A_EUR_store_debits_each_shipment_in_SEK_at_the_orders_rate()
    {
        // The same order in euros (30, 2 × 20, shipping 30 = 100 EUR) at 11.5 kr per euro: 1 150 kr at Ecster.
        var (order, ecsterId) = await OrderAsync(1_150m, o =>
        {
            o.OrderSubtotalInclTax = 70m;
            o.OrderShippingInclTax = 30m;
            o.OrderTotal = 100m;
            o.CustomerCurrencyCode = "SEK";
            o.CurrencyRate = 11.5m;
        });
        _h.OrderItems.ForEach(i => { i.PriceInclTax /= 10m; i.PriceExclTax /= 10m; });

        var debits = await ShipOneByOneAsync(order, ecsterId);

        Assert.That(debits, Is.EqualTo(new[] { 34_500L, 23_000L, 57_500L }), "30 EUR is 345 kr, not 30 kr");
        Assert.That(_h.NotesOf(order), Has.Some.Contains("(30,00 × 11,5)"), "the note shows nopCommerce's figure and the rate");
    }
}
