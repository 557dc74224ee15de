using Ecster.Client.Models;
using Moq;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.BackOffice;

/// <summary>
/// Ecster's notifications: the body (no id, docs §10) only names an order, what changes is what Ecster says when
/// asked. Repeats, out-of-order and lying bodies, and a notification that arrives before its nopCommerce order exists.
/// </summary>
public class NotificationTests
{
    private BackOfficeHarness _h = null!;

    [SetUp]
    public async Task SetUp() => _h = await BackOfficeHarness.StartAsync(maxRetries: 3);

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    private static string Body(string orderId, string? reference, string status, string eventName) =>
        Notifications.NotificationPosts.Body(orderId, reference, status, eventName);

    private Task<NotificationOutcome> ReceiveAsync(string body) => _h.NewNotifications().ReceiveAsync(body, storeId: 1);

    [Test]
    public async Task A_debit_made_in_Ecsters_portal_appears_on_the_order_once()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var debit = await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });
        var body = Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit);

        var first = await ReceiveAsync(body);
        var notes = _h.NotesOf(order).Count;
        var duplicate = await ReceiveAsync(body);

        Assert.That(first, Is.EqualTo(NotificationOutcome.Applied));
        Assert.That(duplicate, Is.EqualTo(NotificationOutcome.Applied), "read again, and mirroring the same state changes nothing");
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(order.CaptureTransactionId, Is.EqualTo(debit.Transaction.Id));
        Assert.That(_h.NotesOf(order), Has.Count.EqualTo(notes), "a duplicate changes nothing");
        Assert.That(_h.NotesOf(order), Has.Some.Contains("made outside this shop").And.Some.Contains(debit.Transaction.Id));
        var external = (await _h.LedgerOfAsync(order)).Entries.Single();
        Assert.That(external.External, Is.True);
        Assert.That(external.EcsterTransactionId, Is.EqualTo(debit.Transaction.Id));
    }

    [Test]
    public async Task A_late_older_notification_does_not_turn_the_order_back()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 400m, TransactionReference = "portal-1" });
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 600m, TransactionReference = "portal-2" });

        await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit));
        var older = await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.PartiallyDelivered, NotificationEvent.PartialDebit));
        var oldest = await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.Ready, NotificationEvent.OrderCreated));

        Assert.That(older, Is.EqualTo(NotificationOutcome.Applied));
        Assert.That(oldest, Is.EqualTo(NotificationOutcome.Applied));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Has.Count.EqualTo(2), "each portal debit mirrored once");
    }

    [Test]
    public async Task A_forged_body_claiming_a_full_debit_changes_nothing_when_Ecster_says_ready()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);

        var outcome = await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit));

        Assert.That(outcome, Is.EqualTo(NotificationOutcome.Applied), "answered, but only Ecster's state was applied");
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(order.PaidDateUtc, Is.Null);
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Is.Empty);
        Assert.That(_h.NotesOf(order), Is.Empty);
        _h.Orders.Verify(o => o.UpdateOrderAsync(It.IsAny<NopOrder>()), Times.Never);
    }

    [TestCase("")]
    [TestCase("{not json")]
    [TestCase("{\"orderId\":\"ECS-1\"}")]
    public async Task A_malformed_body_is_rejected(string body)
    {
        Assert.That(await ReceiveAsync(body), Is.EqualTo(NotificationOutcome.Rejected));
    }

    [Test]
    public async Task An_unknown_order_is_rejected_without_changes()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);

        var unknownOrder = await ReceiveAsync(Body("ECS-999999", null, OrderStatus.FullyDelivered, NotificationEvent.FullDebit));

        Assert.That(unknownOrder, Is.EqualTo(NotificationOutcome.Rejected));
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
        Assert.That(_h.NotesOf(order), Is.Empty);
    }

    [Test]
    public async Task A_reference_paired_with_another_orders_Ecster_id_is_rejected_without_a_read()
    {
        var (order, _) = await _h.PlaceOrderAsync(1_000m);
        var (_, other) = await _h.PlaceOrderAsync(1_000m);
        var calls = _h.Fixture.Sandbox.Inspector.TotalRequests;

        var outcome = await ReceiveAsync(Body(other.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit));

        Assert.That(outcome, Is.EqualTo(NotificationOutcome.Rejected));
        Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests, Is.EqualTo(calls));
        Assert.That(_h.NotesOf(order), Is.Empty);
    }

    [Test]
    public async Task An_event_name_the_contract_does_not_list_still_makes_the_order_follow_Ecster()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });

        var outcome = await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, "SOMETHING_NEW"));

        Assert.That(outcome, Is.EqualTo(NotificationOutcome.Applied));
        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
    }

    [Test]
    public async Task A_notification_repeated_three_times_mirrors_once_with_exactly_one_Ecster_read_each()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var debit = await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });
        var body = Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit);
        int OrderReads() => _h.Fixture.Sandbox.Inspector.Requests.Count(r => r.Method == "GET" && r.Path.Contains(ecster.Id));

        var readsPerNotification = new List<int>();
        var ledgerVersions = new List<long>();
        for (var repeat = 0; repeat < 3; repeat++)
        {
            var before = OrderReads();
            var totalBefore = _h.Fixture.Sandbox.Inspector.TotalRequests;
            Assert.That(await ReceiveAsync(body), Is.EqualTo(NotificationOutcome.Applied));
            readsPerNotification.Add(OrderReads() - before);
            Assert.That(_h.Fixture.Sandbox.Inspector.TotalRequests - totalBefore, Is.EqualTo(1), "no other call to Ecster");
            ledgerVersions.Add((await _h.LedgerOfAsync(order)).Version);
        }

        Assert.That(readsPerNotification, Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(ledgerVersions.Distinct().Count(), Is.EqualTo(1), "the repeats write no ledger either");
        Assert.That(_h.NotesOf(order).Count(n => n.Contains(debit.Transaction.Id)), Is.EqualTo(1), "mirrored once");
        Assert.That((await _h.LedgerOfAsync(order)).Entries, Has.Count.EqualTo(1));
        _h.Orders.Verify(o => o.UpdateOrderAsync(It.IsAny<NopOrder>()), Times.Once, "the second and third apply the same state: nothing to save");
    }

    [Test]
    public async Task An_early_notification_is_kept_and_applied_by_the_task_once_the_order_exists()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, register: false);
        await _h.Client.DebitAsync(ecster.Id, new DebitRequest { Amount = 1_000m, TransactionReference = "portal-1" });
        var body = Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit);

        var early = await ReceiveAsync(body);
        var again = await ReceiveAsync(body);
        Assert.That(early, Is.EqualTo(NotificationOutcome.Stored));
        Assert.That(again, Is.EqualTo(NotificationOutcome.Stored));
        Assert.That((await _h.NewInbox().ListAsync(1)).Select(p => p.OrderId), Is.EqualTo(new[] { ecster.Id }), "kept once per order");

        // The task before the order exists keeps it; after, applies it and empties the inbox.
        await new ApplyPendingNotificationsTask(_h.NewNotifications(), _h.NewSweeper(), _h.Stores.Object).ExecuteAsync();
        Assert.That(await _h.NewInbox().ListAsync(1), Has.Count.EqualTo(1));
        _h.Register(order);
        await new ApplyPendingNotificationsTask(_h.NewNotifications(), _h.NewSweeper(), _h.Stores.Object).ExecuteAsync();

        Assert.That(order.PaymentStatus, Is.EqualTo(PaymentStatus.Paid));
        Assert.That(await _h.NewInbox().ListAsync(1), Is.Empty);
        var notes = _h.NotesOf(order).Count;
        Assert.That(await ReceiveAsync(body), Is.EqualTo(NotificationOutcome.Applied));
        Assert.That(_h.NotesOf(order), Has.Count.EqualTo(notes), "applied already: nothing changes");
    }

    [Test]
    public async Task The_endpoint_answers_200_202_and_400()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        var (later, laterEcster) = await _h.PlaceOrderAsync(1_000m, register: false);
        Task<int?> PostAsync(string body) => Notifications.NotificationPosts.PostAsync(_h, body, SandboxFixture.NotificationSecret);

        Assert.That(await PostAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.Ready, NotificationEvent.OrderCreated)), Is.EqualTo(200));
        Assert.That(await PostAsync(Body(laterEcster.Id, later.OrderGuid.ToString(), OrderStatus.Ready, NotificationEvent.OrderCreated)), Is.EqualTo(202));
        Assert.That(await PostAsync("{broken"), Is.EqualTo(400));
        Assert.That(await PostAsync(new string('x', 20_000)), Is.EqualTo(400));
    }

    [Test]
    public async Task A_notification_for_our_own_capture_adds_no_second_entry()
    {
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m);
        await _h.NewMoneyMovements().CaptureAsync(new Nop.Services.Payments.CapturePaymentRequest { Order = order });

        await ReceiveAsync(Body(ecster.Id, order.OrderGuid.ToString(), OrderStatus.FullyDelivered, NotificationEvent.FullDebit));

        var ledger = await _h.LedgerOfAsync(order);
        Assert.That(ledger.Entries, Has.Count.EqualTo(1));
        Assert.That(ledger.Entries[0].External, Is.False);
    }
}
