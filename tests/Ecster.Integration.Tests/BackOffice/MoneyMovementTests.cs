using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>The order screen's capture, refund and void against the sandbox: what moves at Ecster and what nopCommerce is told.</summary>
public class MoneyMovementTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task Capture_debits_what_is_authorised_and_reports_Ecsters_transaction()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        var debits = _h.SandboxTransactions(ecster.Id, "DEBIT");
        Assert.That(debits, Has.Count.EqualTo(1));
        Assert.That(debits[0].Amount, Is.EqualTo(100_000), "öre");
        Assert.That(result.CaptureTransactionId, Is.EqualTo(debits[0].Id));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(debits[0].TransactionReference, Is.EqualTo($"{order.OrderGuid:N}-debit-1"));

        var entry = (await _h.LedgerOfAsync(order)).Entries.Single();
        Assert.That(entry.State, Is.EqualTo(LedgerEntryState.Succeeded));
        Assert.That(entry.EcsterTransactionId, Is.EqualTo(debits[0].Id));
        Assert.That(_h.NotesOf(order), Has.Some.Contains("recorded and sent").And.Some.Contains(debits[0].Id));
    }

    [Test]
    public async Task Capturing_again_after_a_capture_moves_nothing_and_answers_the_same_transaction()
    {
        var (order, ecster) = await _h.PlaceOrderAsync();
        var first = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var again = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(again.Success, Is.True);
        Assert.That(again.CaptureTransactionId, Is.EqualTo(first.CaptureTransactionId));
        Assert.That(_h.SandboxTransactions(ecster.Id, "DEBIT"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Partial_then_full_refund_credit_exactly_what_was_asked_and_end_Refunded()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var partial = await _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 250m, IsPartialRefund = true });
        order.RefundedAmount = 250m; // nopCommerce adds the refunded amount after a successful refund
        var rest = await _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = order.OrderTotal });

        Assert.That(partial.Success, Is.True, string.Join(" ", partial.Errors));
        Assert.That(partial.NewPaymentStatus, Is.EqualTo(PaymentStatus.PartiallyRefunded));
        Assert.That(rest.Success, Is.True, string.Join(" ", rest.Errors));
        Assert.That(rest.NewPaymentStatus, Is.EqualTo(PaymentStatus.Refunded));
        Assert.That(_h.SandboxTransactions(ecster.Id, "CREDIT").Select(t => t.Amount), Is.EqualTo(new[] { 25_000L, 75_000L }));
    }

    [Test]
    public async Task A_double_clicked_partial_refund_credits_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        var request = new RefundPaymentRequest { Order = order, AmountToRefund = 100m, IsPartialRefund = true };

        var results = await Task.WhenAll(_h.NewMoneyMovements().RefundAsync(request), _h.NewMoneyMovements().RefundAsync(request));

        Assert.That(results.All(r => r.Success), Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "CREDIT"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_refund_above_what_was_captured_is_refused_clearly_and_moves_nothing()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        var result = await _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = 1_500m, IsPartialRefund = true });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Does.Contain("more than what has been captured"));
        Assert.That(_h.SandboxTransactions(ecster.Id, "CREDIT"), Is.Empty);
    }

    [Test]
    public async Task Void_annuls_what_is_not_debited_and_a_second_void_is_the_same_answer()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var result = await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });
        var again = await _h.NewMoneyMovements().VoidAsync(new VoidPaymentRequest { Order = order });

        Assert.That(result.Success, Is.True, string.Join(" ", result.Errors));
        Assert.That(result.NewPaymentStatus, Is.EqualTo(PaymentStatus.Voided));
        Assert.That(again.Success, Is.True);
        Assert.That(_h.SandboxTransactions(ecster.Id, "ANNUL").Single().Amount, Is.EqualTo(100_000));
        Assert.That((await _h.Client.GetOrderAsync(ecster.Id)).Status, Is.EqualTo(OrderStatus.Annulled));
    }

    [Test]
    public async Task An_order_paid_another_way_is_refused_without_calling_Ecster()
    {
        var (order, _) = await _h.PlaceOrderAsync();
        order.PaymentMethodSystemName = "Payments.CheckMoneyOrder";
        var requests = _h.Fixture.Sandbox.Inspector.TotalRequests;

        var result = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors.Single(), Does.Contain("not paid with Ecster"));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(requests));
    }
}
