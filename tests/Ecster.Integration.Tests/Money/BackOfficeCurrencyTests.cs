using Ecster.Integration.Tests.BackOffice;
using Nop.Core.Domain.Orders;
using Nop.Core.Events;
using Nop.Services.Payments;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Money;

/// <summary>
/// An order of a EUR store, paid in SEK: the admin works in euros (nopCommerce's figures), Ecster moves kronor at
/// the order's own rate, and what Ecster did comes back to nopCommerce in euros.
/// </summary>
public class BackOfficeCurrencyTests
{
    private const decimal SekPerEur = 11.5m;
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    /// <summary>A 100 EUR order: 1 150 kr at Ecster.</summary>
    private async Task<(NopOrder Order, string EcsterId)> EuroOrderAsync()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_150m);
        order.OrderTotal = 100m;
        order.CurrencyRate = SekPerEur;
        _h.OrderItems.Add(new OrderItem { Id = 7, OrderId = order.Id, Quantity = 1, PriceInclTax = 100m, PriceExclTax = 80m });
        return (order, ecster.Id);
    }

    [Test]
    public async Task A_partial_refund_in_euros_credits_the_kronor_and_nopCommerce_records_the_euros()
    {
        var (order, ecsterId) = await EuroOrderAsync();
        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var result = await _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 10m, IsPartialRefund = true });

        Assert.That(result.Errors, Is.Empty);
        Assert.That(_h.SandboxTransactions(ecsterId, "DEBIT").Single().Amount, Is.EqualTo(115_000L), "the whole order, in kronor");
        Assert.That(_h.SandboxTransactions(ecsterId, "CREDIT").Single().Amount, Is.EqualTo(11_500L), "10 EUR is 115 kr, not 10 kr");

        await _h.NewSync().ApplyStatusAsync(order, await _h.Client.GetOrderAsync(ecsterId));
        Assert.That(order.RefundedAmount, Is.EqualTo(10.00m), "nopCommerce keeps euros: 115 kr back at the order's rate");
    }

    [Test]
    public async Task An_edited_euro_order_is_sent_to_Ecster_in_kronor()
    {
        var (order, ecsterId) = await EuroOrderAsync();
        _h.OrderItems.Single(i => i.Id == 7).PriceInclTax = 120m;
        _h.OrderItems.Single(i => i.Id == 7).PriceExclTax = 96m;
        order.OrderTotal = 120m;

        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));

        var updated = await _h.Client.GetOrderAsync(ecsterId);
        Assert.That(updated.Amount, Is.EqualTo(1_380m), "120 EUR is 1 380 kr");
        Assert.That(_h.Fixture.Sandbox.Inspector.FindOrder(ecsterId)!.Cart.Rows.Sum(r => r.Total), Is.EqualTo(138_000));

        // The unchanged total is recognised in kronor: saving again calls Ecster no more.
        var requests = _h.Fixture.Sandbox.Inspector.TotalRequests;
        await _h.NewEditConsumer().HandleEventAsync(new EntityUpdatedEvent<NopOrder>(order));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(requests));
    }

    [Test]
    public async Task An_order_not_placed_in_SEK_moves_nothing_rather_than_guessing_a_rate()
    {
        var (order, ecsterId) = await EuroOrderAsync();
        order.CustomerCurrencyCode = "EUR";

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 10m, IsPartialRefund = true }));
        Assert.That(_h.SandboxTransactions(ecsterId, "CREDIT"), Is.Empty);
    }
}
