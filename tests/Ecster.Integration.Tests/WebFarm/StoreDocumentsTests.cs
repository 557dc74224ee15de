using Ecster.Integration.Tests.BackOffice;
using Moq;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Services.Common;

namespace Ecster.Integration.Tests.WebFarm;

/// <summary>
/// A store's kept notifications and checkout claims are changed by many requests, on one server and across a farm:
/// no change may overwrite another.
/// </summary>
public class StoreDocumentsTests : HarnessTest
{
    [Test]
    public async Task The_tasks_update_of_the_inbox_keeps_a_notification_another_request_added_after_the_task_listed_it()
    {
        await H.NewInbox().AddAsync(1, Pending("first"));
        // The task's request: it lists the inbox (nopCommerce caches the store's attributes for the request) ...
        var taskRequest = new OneRequestsAttributes(H.Attributes);
        var taskInbox = InboxOn(taskRequest, taskRequest, H.Locks);
        Assert.That((await taskInbox.ListAsync(1)).Select(p => p.OrderId), Is.EqualTo(new[] { "first" }));

        // ... meanwhile the endpoint keeps a second notification ...
        await H.NewInbox().AddAsync(1, Pending("second"));

        // ... and the task removes the first, applied.
        await taskInbox.UpdateAsync(1, list => list.RemoveAll(p => p.OrderId == "first"));

        Assert.That((await H.NewInbox().ListAsync(1)).Select(p => p.OrderId), Is.EqualTo(new[] { "second" }));
    }

    [Test]
    public async Task Two_nodes_let_into_the_inbox_together_keep_both_notifications()
    {
        var database = new DocumentReadsInPairs(H.Attributes, EcsterDefaults.PendingNotificationsAttributeKey);
        H.AttributeRows.BeforeStatement = database.Rows;
        var bothIn = LetsEveryoneIn();

        await Task.WhenAll(
            InboxOn(database, NoRequestCache(), new OrderLocks(bothIn)).AddAsync(1, Pending("on-a")),
            InboxOn(database, NoRequestCache(), new OrderLocks(bothIn)).AddAsync(1, Pending("on-b")));

        Assert.That((await H.NewInbox().ListAsync(1)).Select(p => p.OrderId), Is.EquivalentTo(new[] { "on-a", "on-b" }));
    }

    [Test]
    public async Task Two_nodes_let_in_together_claiming_one_ticket_for_two_checkouts_grant_it_once()
    {
        var database = new DocumentReadsInPairs(H.Attributes, CheckoutClaims.AttributeKey);
        H.AttributeRows.BeforeStatement = database.Rows;
        var bothIn = LetsEveryoneIn();

        var outcomes = await Task.WhenAll(
            ClaimsOn(database, new OrderLocks(bothIn)).ClaimAsync(1, "ticket-1", Guid.NewGuid()),
            ClaimsOn(database, new OrderLocks(bothIn)).ClaimAsync(1, "ticket-1", Guid.NewGuid()));

        Assert.That(outcomes, Is.EquivalentTo(new[] { CheckoutClaimOutcome.Granted, CheckoutClaimOutcome.Refused }));
        Assert.That(await H.NewClaims().ListAsync(1), Has.Count.EqualTo(1));
    }

    private PendingNotificationInbox InboxOn(IGenericAttributeService database, IShortTermCacheManager requestCache, OrderLocks locks) =>
        new(new VersionedAttributes(database, requestCache, new DocumentTurns(H.AttributeRows, TimeProvider.System)), locks, H.Stores.Object, H.Logger.Object);

    private CheckoutClaims ClaimsOn(IGenericAttributeService database, OrderLocks locks) =>
        new(new VersionedAttributes(database, NoRequestCache(), new DocumentTurns(H.AttributeRows, TimeProvider.System)), locks, H.Stores.Object, TimeProvider.System);

    private static IShortTermCacheManager NoRequestCache() => new Mock<IShortTermCacheManager>().Object;

    /// <summary>nopCommerce's distributed locker at its worst: both nodes read the lock free and both go in.</summary>
    private static ILocker LetsEveryoneIn()
    {
        var locker = new Mock<ILocker>();
        locker.Setup(l => l.PerformActionWithLockAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<Func<Task>>()))
            .Returns(async (string _, TimeSpan _, Func<Task> action) =>
            {
                await action();
                return true;
            });
        return locker.Object;
    }

    private static PendingNotification Pending(string orderId) =>
        new() { OrderId = orderId, OrderReference = Guid.NewGuid().ToString(), Event = "ORDER_STATUS_CHANGED", ReceivedOnUtc = DateTime.UtcNow };
}
