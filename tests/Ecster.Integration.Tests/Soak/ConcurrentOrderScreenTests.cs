using Ecster.Integration.Tests.BackOffice;
using Nop.Core.Domain.Payments;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.Soak;

/// <summary>
/// Issue 8: fifty admins (or one impatient one) pressing the same order-screen button at once. Each kind of
/// movement happens exactly once at Ecster; every press gets an answer.
/// </summary>
public class ConcurrentOrderScreenTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Fifty_concurrent_refunds_of_the_same_amount_credit_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        Assert.That((await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order })).Success, Is.True);
        order.PaymentStatus = PaymentStatus.Paid;

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 250m, IsPartialRefund = true }))));

        Assert.That(results.Count(r => r.Success), Is.GreaterThanOrEqualTo(1));
        var credits = _h.SandboxTransactions(ecster.Id, "CREDIT");
        Assert.That(credits, Has.Count.EqualTo(1));
        Assert.That(credits[0].Amount, Is.EqualTo(25_000), "öre");
    }

    [Test]
    public async Task Fifty_concurrent_voids_annul_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order }))));

        Assert.That(results.All(r => r.Success), Is.True, "a repeated void answers with the first result");
        Assert.That(_h.SandboxTransactions(ecster.Id, "ANNUL"), Has.Count.EqualTo(1));
        Assert.That(_h.Fixture.Sandbox.Inspector.RequestCount($"/orders/{ecster.Id}/transactions", "POST"), Is.EqualTo(1));
    }

    [Test]
    public async Task Fifty_concurrent_mixed_presses_leave_Ecster_and_the_ledger_agreeing()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var presses = Enumerable.Range(0, 50).Select(i => Task.Run(async () => i % 2 == 0
            ? (await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order })).Success
            : (await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order })).Success));
        await Task.WhenAll(presses);

        var inSandbox = _h.Fixture.Sandbox.Inspector.FindOrder(ecster.Id)!;
        Assert.That(inSandbox.Transactions, Has.Count.EqualTo(1), "the first press wins; the other kind finds nothing left");
        var ledger = await _h.LedgerOfAsync(order);
        Assert.That(ledger.Entries.Count(e => e.State == Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger.LedgerEntryState.Succeeded), Is.EqualTo(1));
        Assert.That(inSandbox.RemainingAmount, Is.Zero);
    }
}
