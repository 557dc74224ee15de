using Ecster.Client;
using Ecster.Client.Models;
using Moq;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Plugin.Payments.Ecster.Tests.Plugin;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Tests.BackOffice;

/// <summary>The back office's rules that need no Ecster: statuses, references, error texts, locks, install.</summary>
public class BackOfficeRulesTests
{
    /// <summary>An Ecster order as GET answers it: the status its amounts give, an annul as a transaction (no residual field).</summary>
    private static Order Ecster(decimal amount, decimal debited = 0, decimal credited = 0, decimal annulled = 0) => new()
    {
        Id = "ECS-1", Amount = amount, DebitedAmount = debited, CreditedAmount = credited,
        Status = debited == 0
            ? (annulled == amount ? OrderStatus.Annulled : OrderStatus.Ready)
            : (debited + annulled < amount ? OrderStatus.PartiallyDelivered : OrderStatus.FullyDelivered),
        Transactions = annulled == 0 ? [] : [new Transaction { Id = "TX-A", Type = TransactionType.Annul, Amount = annulled }]
    };

    [Test]
    public void Payment_status_follows_Ecsters_amounts()
    {
        Assert.That(EcsterPaymentStatus.From(Ecster(1000)), Is.EqualTo(PaymentStatus.Authorized));
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, debited: 400)), Is.EqualTo(PaymentStatus.Authorized), "the rest can still be captured");
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, debited: 1000)), Is.EqualTo(PaymentStatus.Paid));
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, debited: 400, annulled: 600)), Is.EqualTo(PaymentStatus.Paid));
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, debited: 1000, credited: 300)), Is.EqualTo(PaymentStatus.PartiallyRefunded));
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, debited: 1000, credited: 1000)), Is.EqualTo(PaymentStatus.Refunded));
        Assert.That(EcsterPaymentStatus.From(Ecster(1000, annulled: 1000)), Is.EqualTo(PaymentStatus.Voided));
    }

    [Test]
    public void References_are_deterministic_short_and_never_reused_for_a_new_intent()
    {
        var order = new NopOrder { OrderGuid = Guid.Parse("3f1c0b9e-0000-4000-8000-000000000001") };
        var ledger = new MoneyLedgerDocument();
        var capture = new MovementDecision.Move(MovementType.Debit, 100m);

        var first = MovementEngine.NewReference(order, ledger, capture);
        Assert.That(first, Is.EqualTo("3f1c0b9e000040008000000000000001-debit-1"));
        Assert.That(MovementEngine.NewReference(order, ledger, capture), Is.EqualTo(first), "same ledger, same intent, same reference");

        ledger.Entries.Add(new LedgerEntry { Type = MovementType.Debit, Reference = first, State = LedgerEntryState.Failed });
        Assert.That(MovementEngine.NewReference(order, ledger, capture), Is.EqualTo("3f1c0b9e000040008000000000000001-debit-2"));

        var shipment = new MovementDecision.Move(MovementType.Debit, 100m, "shipment12");
        var keyed = MovementEngine.NewReference(order, ledger, shipment);
        Assert.That(keyed, Is.EqualTo("3f1c0b9e000040008000000000000001-debit-shipment12"));
        ledger.Entries.Add(new LedgerEntry
        {
            Type = MovementType.Debit, Reference = keyed, Intent = MovementEngine.IntentOf(shipment), State = LedgerEntryState.Succeeded
        });
        Assert.That(MovementEngine.DoneBefore(ledger, shipment)?.Reference, Is.EqualTo(keyed));
        Assert.That(MovementEngine.DoneBefore(ledger, new MovementDecision.Move(MovementType.Debit, 100m, "shipment1")), Is.Null);
        Assert.That(MovementEngine.NewReference(order, ledger, shipment), Is.EqualTo(keyed + "-2"), "a further part of an intent gets its own reference");

        var refund = new MovementDecision.Move(MovementType.Credit, 1m, "123456-99999999999-99999999999");
        var longest = MovementEngine.NewReference(order, ledger, refund);
        ledger.Entries.Add(new LedgerEntry { Type = MovementType.Credit, Reference = longest, State = LedgerEntryState.Succeeded });
        var nextPart = MovementEngine.NewReference(order, ledger, refund);
        Assert.That(longest.Length, Is.LessThanOrEqualTo(64));
        Assert.That(nextPart.Length, Is.LessThanOrEqualTo(64));
        Assert.That(nextPart, Is.Not.EqualTo(longest), "cut to 64 characters, references stay unique");
    }

    [Test]
    public void A_credit_is_split_across_debits_newest_first_skipping_what_is_already_credited()
    {
        var order = Ecster(1000, debited: 900, credited: 250);
        order.Transactions =
        [
            new Transaction { Id = "TX-1", Type = TransactionType.Debit, Amount = 300 },
            new Transaction { Id = "TX-2", Type = TransactionType.Debit, Amount = 400 },
            new Transaction { Id = "TX-3", Type = TransactionType.Credit, Amount = 50, DebitTransaction = "TX-1" },
            new Transaction { Id = "TX-4", Type = TransactionType.Debit, Amount = 200 },
            new Transaction { Id = "TX-5", Type = TransactionType.Credit, Amount = 200, DebitTransaction = "TX-4" }
        ];

        Assert.That(CreditSplit.Across(order, 100), Is.EqualTo(new[] { ("TX-2", 100m) }), "TX-4 is fully credited");
        Assert.That(CreditSplit.Across(order, 500), Is.EqualTo(new[] { ("TX-2", 400m), ("TX-1", 100m) }));
        Assert.That(CreditSplit.Across(order, 650), Is.EqualTo(new[] { ("TX-2", 400m), ("TX-1", 250m) }));
        Assert.That(CreditSplit.Across(order, 650.01m), Is.Null, "more than the debits hold uncredited");
    }

    [TestCase(EcsterErrorCode.DebitConsentRequired, EcsterErrorKind.InvalidRequest, "Errors.DebitConsentRequired")]
    [TestCase(EcsterErrorCode.AmountExceedsConsent, EcsterErrorKind.InvalidRequest, "Errors.AmountExceedsConsent")]
    [TestCase(EcsterErrorCode.OrderNotInValidState, EcsterErrorKind.Conflict, "Errors.InvalidOrderState")]
    [TestCase(null, EcsterErrorKind.UnknownOutcome, "Errors.UnknownOutcome")]
    [TestCase(null, EcsterErrorKind.Authentication, "Errors.Authentication")]
    [TestCase("SOMETHING_NEW", EcsterErrorKind.Declined, "Errors.Refused")]
    public void Ecster_errors_map_to_texts_every_culture_has(string? code, EcsterErrorKind kind, string expected)
    {
        var key = BackOfficeTexts.ErrorKey(new EcsterApiException(kind, "Debit", 422, code));

        Assert.That(key, Is.EqualTo(expected));
        foreach (var culture in EcsterLocaleResources.Cultures)
            Assert.That(EcsterLocaleResources.ForCulture(culture), Does.ContainKey("Plugins.Payments.Ecster.BackOffice." + key), culture);
    }

    [Test]
    public async Task The_order_lock_lets_one_flow_in_at_a_time_and_is_reentrant_within_it()
    {
        var locks = new OrderLocks(new InProcessLocker());
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => locks.RunAsync("order-1", async () =>
        {
            most = Math.Max(most, Interlocked.Increment(ref inside));
            // An event consumer inside the same flow takes the same lock without waiting for itself.
            await locks.RunAsync("order-1", () => Task.CompletedTask);
            await Task.Yield();
            Interlocked.Decrement(ref inside);
        }))));

        Assert.That(most, Is.EqualTo(1));
    }

    [Test]
    public async Task Install_adds_the_notifications_task_once_and_uninstall_removes_it()
    {
        var ctx = new PluginTestContext();
        ScheduleTask? stored = null;
        ctx.ScheduleTasks.Setup(s => s.GetTaskByTypeAsync(EcsterDefaults.Tasks.ApplyNotificationsTaskType)).ReturnsAsync(() => stored!);
        ctx.ScheduleTasks.Setup(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == EcsterDefaults.Tasks.ApplyNotificationsTaskType)))
            .Callback<ScheduleTask>(t => stored = t).Returns(Task.CompletedTask);
        var plugin = ctx.CreatePlugin();

        await plugin.InstallAsync();
        await plugin.InstallAsync();

        Assert.That(stored, Is.Not.Null);
        Assert.That(Type.GetType(stored!.Type), Is.EqualTo(typeof(ApplyPendingNotificationsTask)), "nopCommerce finds the task by this type name");
        ctx.ScheduleTasks.Verify(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == EcsterDefaults.Tasks.ApplyNotificationsTaskType)), Times.Once);
        await plugin.UninstallAsync();
        ctx.ScheduleTasks.Verify(s => s.DeleteTaskAsync(stored), Times.Once);
    }

    [Test]
    public void The_order_screen_offers_capture_refund_partial_refund_and_void()
    {
        var plugin = new PluginTestContext().CreatePlugin();

        Assert.That(new[] { plugin.SupportCapture, plugin.SupportRefund, plugin.SupportPartiallyRefund, plugin.SupportVoid }, Is.All.True);
    }

    [Test]
    public void The_admin_panel_shows_the_consumer_masked()
    {
        var masked = Components.Admin.OrderPanelViewComponent.MaskedConsumer(new Consumer
        {
            Name = new PersonName { FirstName = "Anna", LastName = "Andersson" }, NationalId = PersonalIdentityNumber.Parse("19811218-9801")
        });

        Assert.That(masked, Is.EqualTo("Anna A., 19811218-****"));
    }

    [Test]
    public void The_admin_panel_masks_the_nationalId_of_the_orders_consumer()
    {
        var masked = Components.Admin.OrderPanelViewComponent.MaskedConsumer(new Consumer
        {
            NationalId = PersonalIdentityNumber.Parse("19480502-4876"), Name = new PersonName { FirstName = "Claes", LastName = "Kauppi" }
        });

        Assert.That(masked, Is.EqualTo("Claes K., 19480502-****"));
        Assert.That(Components.Admin.OrderPanelViewComponent.MaskedConsumer(new Consumer { Name = new PersonName { FirstName = "Claes" } }), Is.EqualTo("Claes"));
    }

    /// <summary>nopCommerce's in-memory locker, as its behaviour is: the action runs only if the resource is free.</summary>
    private sealed class InProcessLocker : Nop.Core.Caching.ILocker
    {
        private readonly HashSet<string> _held = [];

        public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
        {
            lock (_held)
                if (!_held.Add(resource))
                    return false;
            try
            {
                await action();
                return true;
            }
            finally
            {
                lock (_held)
                    _held.Remove(resource);
            }
        }

        public Task RunWithHeartbeatAsync(string key, TimeSpan expirationTime, TimeSpan heartbeatInterval, Func<CancellationToken, Task> action,
            CancellationTokenSource cancellationTokenSource = default!) => throw new NotSupportedException();

        public Task CancelTaskAsync(string key, TimeSpan expirationTime) => throw new NotSupportedException();

        public Task<bool> IsTaskRunningAsync(string key) => Task.FromResult(false);
    }
}
