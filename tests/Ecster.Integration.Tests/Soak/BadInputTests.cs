using Ecster.Integration.Tests.BackOffice;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Payments;

namespace Ecster.Integration.Tests.Soak;

/// <summary>
/// The table of bad input at the back office's doors: notification bodies and refund amounts. Each gets a
/// clear refusal, and nothing changes: no money at Ecster, no ledger entry, no payment status change.
/// </summary>
public class BadInputTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync();

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private static IEnumerable<TestCaseData> BadNotifications()
    {
        yield return new TestCaseData("").SetName("empty body");
        yield return new TestCaseData("not json at all").SetName("not JSON");
        yield return new TestCaseData("[]").SetName("an array");
        yield return new TestCaseData("{}").SetName("an empty object");
        yield return new TestCaseData("{\"status\":\"READY\",\"event\":\"FULL_DEBIT\",\"time\":\"2026-11-25T12:00:00Z\"}").SetName("no order id");
        yield return new TestCaseData("{\"orderId\":\"ECS-999999\",\"status\":\"READY\",\"event\":\"FULL_DEBIT\",\"time\":\"2026-11-25T12:00:00Z\"}").SetName("an order Ecster does not know");
        yield return new TestCaseData("{\"orderId\":\"{ORDER}\",\"status\":\"READY\",\"event\":\"FULL_DEBIT\",\"time\":\"yesterday\"}").SetName("a time that is no time");
        yield return new TestCaseData("{\"orderId\":\"{ORDER}\",\"status\":\"READY\",\"event\":\"FULL_DEBIT\",\"time\":\"2026-11-25T12:00:00Z\",\"pad\":\"" + new string('x', 20_000) + "\"}").SetName("an oversized body");
    }

    [TestCaseSource(nameof(BadNotifications))]
    public async Task A_bad_notification_is_rejected_and_changes_nothing(string body)
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var outcome = await _h.NewNotifications().ReceiveAsync(body.Replace("{ORDER}", ecster.Id), order.StoreId);

        Assert.That(outcome, Is.EqualTo(NotificationOutcome.Rejected));
        await AssertNothingChangedAsync(order, ecster.Id);
    }

    [TestCase(0)]
    [TestCase(-100)]
    [TestCase(0.001)]
    [TestCase(1_000.01)]
    [TestCase(79_228_162_514_264.337593543950335)]
    public async Task A_refund_of_an_impossible_amount_is_refused_and_moves_nothing(decimal amount)
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var captured = await _h.NewMoneyMovements().CaptureAsync(new CapturePaymentRequest { Order = order });
        Assert.That(captured.Success, Is.True, string.Join("; ", captured.Errors));
        order.PaymentStatus = PaymentStatus.Paid;

        var result = await _h.NewMoneyMovements().RefundAsync(new RefundPaymentRequest { Order = order, AmountToRefund = amount, IsPartialRefund = true });

        Assert.That(result.Success, Is.False);
        Assert.That(result.Errors, Is.Not.Empty.And.All.Not.Empty);
        Assert.That(_h.SandboxTransactions(ecster.Id, "CREDIT"), Is.Empty);
        Assert.That((await _h.LedgerOfAsync(order)).Entries.Where(e => e.Type == Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger.MovementType.Credit), Is.Empty);
    }

    private async Task AssertNothingChangedAsync(Nop.Core.Domain.Orders.Order order, string ecsterId)
    {
        Assert.That(_h.Fixture.Sandbox.Inspector.FindOrder(ecsterId)!.Transactions, Is.Empty);
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Is.Empty);
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(_h.NotesOf(order), Is.Empty);
    }
}
