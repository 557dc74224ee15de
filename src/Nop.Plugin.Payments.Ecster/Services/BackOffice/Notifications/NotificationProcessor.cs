using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Logging;
using Nop.Services.Orders;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// Applies Ecster's order event notifications. The body is never trusted (Ecster does not sign it): it only says
/// which order to look at. The order is read from Ecster (bounded, so the endpoint answers well within Ecster's
/// 5 s), and <see cref="MovementEngine"/> makes the nopCommerce order show what Ecster says, once per notification id. A notification
/// for an order nopCommerce has not saved yet is kept and applied later by <see cref="ApplyPendingNotificationsTask"/>.
/// Log entries quote only what Ecster or nopCommerce said, never the unauthenticated body.
/// </summary>
public class NotificationProcessor
{
    /// <summary>How long the endpoint waits for Ecster's order before keeping the notification for the task.</summary>
    public static readonly TimeSpan EcsterReadBudget = TimeSpan.FromSeconds(3);

    private static readonly HashSet<string> KnownEvents =
    [
        NotificationEvent.OrderCreated, NotificationEvent.OrderUpdated, NotificationEvent.DebitConsentSigned,
        NotificationEvent.PartialDebit, NotificationEvent.FullDebit, NotificationEvent.Credit, NotificationEvent.Annul
    ];

    private readonly IStoreEcsterClients _clients;
    private readonly MovementEngine _engine;
    private readonly PendingNotificationInbox _inbox;
    private readonly ILogger _logger;
    private readonly IOrderService _orderService;
    private readonly TimeProvider _timeProvider;

    public NotificationProcessor(IStoreEcsterClients clients, MovementEngine engine, PendingNotificationInbox inbox,
        ILogger logger, IOrderService orderService, TimeProvider timeProvider)
    {
        _clients = clients;
        _engine = engine;
        _inbox = inbox;
        _logger = logger;
        _orderService = orderService;
        _timeProvider = timeProvider;
    }

    /// <summary>Handles one POSTed body for the store it arrived at.</summary>
    public async Task<NotificationOutcome> ReceiveAsync(string? body, int storeId)
    {
        if (!EcsterNotificationParser.TryParse(body, out var notification, out _) || notification is null)
            return NotificationOutcome.Rejected;
        if (!KnownEvents.Contains(notification.Event))
            return NotificationOutcome.Rejected;

        var pending = new PendingNotification
        {
            NotificationId = notification.NotificationId,
            OrderId = notification.OrderId,
            OrderReference = notification.OrderReference,
            Event = notification.Event,
            ReceivedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
        var outcome = await ProcessAsync(pending, storeId, notification.Status);
        if (outcome == NotificationOutcome.Stored)
            await _inbox.AddAsync(storeId, pending);
        return outcome;
    }

    /// <summary>The task's pass over one store's kept notifications.</summary>
    public async Task ApplyPendingAsync(int storeId)
    {
        var kept = await _inbox.ListAsync(storeId);
        if (kept.Count == 0)
            return;

        var done = new HashSet<string>(StringComparer.Ordinal);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var pending in kept)
        {
            var outcome = await ProcessAsync(pending, storeId, claimedStatus: null);
            if (outcome != NotificationOutcome.Stored)
                done.Add(pending.NotificationId);
            else if (now - pending.ReceivedOnUtc > PendingNotificationInbox.MaxAge)
            {
                await _logger.WarningAsync($"Ecster: an early notification of store {storeId} was dropped: no nopCommerce order appeared in {PendingNotificationInbox.MaxAge.TotalDays} days.");
                done.Add(pending.NotificationId);
            }
        }

        await _inbox.UpdateAsync(storeId, list =>
        {
            list.RemoveAll(p => done.Contains(p.NotificationId));
            foreach (var p in list)
                p.Attempts++;
        });
    }

    private async Task<NotificationOutcome> ProcessAsync(PendingNotification notification, int storeId, string? claimedStatus)
    {
        var client = await _clients.ForStoreAsync(storeId);
        if (client is null)
            return NotificationOutcome.Stored;

        Order ecster;
        try
        {
            using var budget = new CancellationTokenSource(EcsterReadBudget);
            ecster = await client.GetOrderAsync(notification.OrderId, budget.Token);
        }
        catch (EcsterApiException error) when (error.Kind == EcsterErrorKind.NotFound)
        {
            await _logger.WarningAsync($"Ecster: a notification to store {storeId} named an Ecster order that Ecster does not know; ignored.");
            return NotificationOutcome.Rejected;
        }
        catch (Exception error) when (error is EcsterApiException or OperationCanceledException or HttpRequestException)
        {
            return NotificationOutcome.Stored; // Ecster not readable now: the task tries again
        }

        if (claimedStatus is not null && !string.Equals(claimedStatus, ecster.Status, StringComparison.Ordinal))
            await _logger.WarningAsync($"Ecster: a notification's status of order {ecster.Id} differs from Ecster's ({ecster.Status}); acting on Ecster's order only.");

        var order = await FindNopOrderAsync(ecster, notification.OrderReference);
        if (order is null)
            return NotificationOutcome.Stored;
        if (!string.Equals(EcsterOrders.EcsterOrderId(order), ecster.Id, StringComparison.Ordinal))
        {
            await _logger.WarningAsync($"Ecster: a notification names Ecster order {ecster.Id}, but nopCommerce order {order.Id} belongs to another Ecster order; ignored.");
            return NotificationOutcome.Rejected;
        }

        return await ApplyAsync(order, notification.NotificationId);
    }

    /// <summary>Mirrors Ecster's order onto the nopCommerce order through the engine, once per notification id.</summary>
    private async Task<NotificationOutcome> ApplyAsync(NopOrder found, string notificationId)
    {
        var order = await _orderService.GetOrderByIdAsync(found.Id) ?? found;
        var applied = false;
        var outcome = await _engine.SyncAsync(order,
            ledger => !(applied = ledger.AppliedNotifications.Contains(notificationId)),
            (_, ecster, ledger) =>
            {
                ledger.RememberNotification(notificationId);
                return Task.FromResult(ecster);
            },
            EcsterReadBudget);
        return outcome switch
        {
            SyncOutcome.NotNeeded when applied => NotificationOutcome.Duplicate,
            SyncOutcome.Applied => NotificationOutcome.Applied,
            // Ecster not readable, or one of our own movements is unsettled: the task applies this afterwards.
            _ => NotificationOutcome.Stored
        };
    }

    /// <summary>The nopCommerce order of an Ecster order: its OrderGuid is the reference checkout created it with.</summary>
    private async Task<NopOrder?> FindNopOrderAsync(Order ecster, string? claimedReference)
    {
        foreach (var reference in new[] { ecster.OrderReference, claimedReference }.Distinct())
        {
            if (Guid.TryParse(reference, out var guid) && await _orderService.GetOrderByGuidAsync(guid) is { } byGuid && EcsterOrders.IsEcsterOrder(byGuid))
                return byGuid;
        }

        // Checkout may have moved Ecster's reference to the order number after saving the order.
        if (!string.IsNullOrWhiteSpace(ecster.OrderReference)
            && await _orderService.GetOrderByCustomOrderNumberAsync(ecster.OrderReference) is { } byNumber && EcsterOrders.IsEcsterOrder(byNumber))
            return byNumber;
        return null;
    }
}
