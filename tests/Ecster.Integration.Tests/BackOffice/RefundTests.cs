using Nop.Core.Domain.Customers;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>Refunds as intents: one click is one credit, two admins are two, and a credit names the debits it credits.</summary>
public class RefundTests : HarnessTest
{
    private Task<RefundPaymentResult> RefundAsAsync(Customer admin, Nop.Core.Domain.Orders.Order order, decimal amount) => Task.Run(() =>
    {
        H.CurrentAdmin.Value = admin;
        return H.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = amount, IsPartialRefund = true });
    });

    [Test]
    public async Task Two_admins_refunding_the_same_amount_at_the_same_time_make_two_refunds()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await H.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var results = await Task.WhenAll(RefundAsAsync(new Customer { Id = 7 }, order, 100m), RefundAsAsync(new Customer { Id = 8 }, order, 100m));

        Assert.That(results.SelectMany(r => r.Errors), Is.Empty);
        Assert.That(H.SandboxTransactions(ecster.Id, "CREDIT").Select(t => t.Amount), Is.EqualTo(new[] { 10_000L, 10_000L }));
    }

    [Test]
    public async Task A_double_click_of_one_refund_is_one_refund()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await H.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var admin = new Customer { Id = 7 };

        var results = await Task.WhenAll(RefundAsAsync(admin, order, 100m), RefundAsAsync(admin, order, 100m));

        Assert.That(results.SelectMany(r => r.Errors), Is.Empty, "the second click answers the first's result");
        Assert.That(H.SandboxTransactions(ecster.Id, "CREDIT").Select(t => t.Amount), Is.EqualTo(new[] { 10_000L }));
        Assert.That((await H.LedgerOfAsync(order)).Entries.Single(e => e.Type == MovementType.Credit).Amount, Is.EqualTo(100m));
    }

    [Test]
    public async Task A_refund_larger_than_one_debit_is_split_across_debits_newest_first_once()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        var engine = H.NewEngine();
        foreach (var (amount, key) in new[] { (300m, "shipment1"), (500m, "shipment2") })
            await engine.ExecuteAsync(order, "shipment", (_, _) => new MovementDecision.Move(MovementType.Debit, amount, key));
        var debits = H.SandboxTransactions(ecster.Id, "DEBIT");
        var request = new RefundPaymentRequest { Order = order, AmountToRefund = 600m, IsPartialRefund = true };

        var refund = await H.NewMoneyMovements().RefundAsync(request);
        var doubleClick = await H.NewMoneyMovements().RefundAsync(request);

        Assert.That(refund.Success, Is.True, string.Join(" ", refund.Errors));
        Assert.That(doubleClick.Success, Is.True, string.Join(" ", doubleClick.Errors));
        var credits = H.SandboxTransactions(ecster.Id, "CREDIT");
        Assert.That(credits.Select(c => (c.DebitTransaction, c.Amount)),
            Is.EqualTo(new[] { (debits[1].Id, 50_000L), (debits[0].Id, 10_000L) }), "the newest debit first, then the older");
        var parts = (await H.LedgerOfAsync(order)).Entries.Where(e => e.Type == MovementType.Credit).ToList();
        Assert.That(parts.Select(p => p.State), Has.All.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(parts.Select(p => p.Intent).Distinct().Count(), Is.EqualTo(1), "both parts carry out one refund");
        Assert.That(parts.Select(p => p.Reference), Is.Unique);
    }

    [Test]
    public async Task A_refund_beyond_every_debit_is_refused_before_anything_is_sent()
    {
        var (order, ecster) = await H.PlaceOrderAsync(1_000m);
        await H.NewEngine().ExecuteAsync(order, "shipment", (_, _) => new MovementDecision.Move(MovementType.Debit, 300m, "shipment1"));

        var refund = await H.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 300.01m, IsPartialRefund = true });

        Assert.That(refund.Success, Is.False);
        Assert.That(H.SandboxTransactions(ecster.Id, "CREDIT"), Is.Empty);
    }
}
