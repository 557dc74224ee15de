using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Notifications;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Logging;
using Nop.Services.Orders;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// Applies Ecster's order event notifications. A notification has no id (docs §10) and may come again, so its
/// body is only a signal naming an order: the nopCommerce order is found from the body's reference, and
/// <see cref="MovementEngine.SyncAsync"/> reads Ecster's order (the one read per notification, inside the order's
/// lock, bounded so the endpoint answers well within Ecster's 5 s) and mirrors it. Mirroring is idempotent (the
/// same Ecster state applied twice changes nothing), so a repeated notification is harmless. A notification for
/// an order nopCommerce has not saved yet is kept and applied later by <see cref="ApplyPendingNotificationsTask"/>.
/// Log entries quote only what Ecster or nopCommerce said, never the body.
/// </summary>
public class NotificationProcessor
{
    /// <summary>How long the endpoint waits for Ecster's order before keeping the notification for the task.</summary>
    public static readonly TimeSpan EcsterReadBudget = TimeSpan.FromSeconds(3);

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

    /// <summary>Handles one POSTed (and authenticated) body for the store it arrived at.</summary>
    public async Task<NotificationOutcome> ReceiveAsync(string? body, int storeId)
    {
        // Any event is a signal to read: an event name Ecster adds later must not stop the order from following.
        if (!EcsterNotificationParser.TryParse(body, out var notification, out _) || notification is null)
            return NotificationOutcome.Rejected;

        var pending = new PendingNotification
        {
            OrderId = notification.OrderId,
            OrderReference = notification.OrderReference,
            Event = notification.Event,
            ReceivedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };

        var order = await FindNopOrderAsync(notification.OrderReference);
        var outcome = order is not null
            ? await ApplyAsync(order, notification.OrderId, storeId)
            : await CheckUnsavedAsync(pending, storeId);
        if (outcome == NotificationOutcome.Stored)
            await _inbox.AddAsync(storeId, pending);
        return outcome;
    }

    /// <summary>The task's pass over one store's kept notifications: one read for each whose order now exists.</summary>
    public async Task ApplyPendingAsync(int storeId)
    {
        var kept = await _inbox.ListAsync(storeId);
        if (kept.Count == 0)
            return;

        var done = new HashSet<string>(StringComparer.Ordinal);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        foreach (var pending in kept)
        {
            var order = await FindNopOrderAsync(pending.OrderReference);
            var outcome = order is null ? NotificationOutcome.Stored : await ApplyAsync(order, pending.OrderId, storeId);
            if (outcome != NotificationOutcome.Stored)
                done.Add(pending.OrderId);
            else if (now - pending.ReceivedOnUtc > PendingNotificationInbox.MaxAge)
            {
                await _logger.WarningAsync($"Ecster: an early notification of store {storeId} was dropped: no nopCommerce order appeared in {PendingNotificationInbox.MaxAge.TotalDays} days.");
                done.Add(pending.OrderId);
            }
        }

        await _inbox.UpdateAsync(storeId, list =>
        {
            list.RemoveAll(p => done.Contains(p.OrderId));
            foreach (var p in list)
                p.Attempts++;
        });
    }

    /// <summary>
    /// Mirrors Ecster's order onto the nopCommerce order through the engine, which reads it once inside the
    /// order's lock. Every notification reads: Ecster's order, not the ledger, says whether anything changed.
    /// </summary>
    private async Task<NotificationOutcome> ApplyAsync(NopOrder found, string ecsterOrderId, int storeId)
    {
        if (found.StoreId != storeId || !string.Equals(EcsterOrders.EcsterOrderId(found), ecsterOrderId, StringComparison.Ordinal))
        {
            await _logger.WarningAsync($"Ecster: a notification to store {storeId} named nopCommerce order {found.Id} with another Ecster order; ignored.");
            return NotificationOutcome.Rejected;
        }

        var order = await _orderService.GetOrderByIdAsync(found.Id) ?? found;
        var outcome = await _engine.SyncAsync(order, _ => true, readBudget: EcsterReadBudget);
        return outcome switch
        {
            SyncOutcome.Applied => NotificationOutcome.Applied,
            // Ecster not readable, or one of our own movements is unsettled: the task applies this afterwards.
            _ => NotificationOutcome.Stored
        };
    }

    /// <summary>
    /// No nopCommerce order carries the body's reference: either checkout has not saved it yet, or the order is
    /// not one of ours. One read tells which (Ecster does not know it: refused); the mirror waits for the task.
    /// </summary>
    private async Task<NotificationOutcome> CheckUnsavedAsync(PendingNotification pending, int storeId)
    {
        var client = await _clients.ForStoreAsync(storeId);
        if (client is null)
            return NotificationOutcome.Rejected;

        try
        {
            using var budget = new CancellationTokenSource(EcsterReadBudget);
            var ecster = await client.GetOrderAsync(pending.OrderId, budget.Token);
            // The task looks the order up by Ecster's own reference, which a body may leave out.
            pending.OrderReference = ecster.OrderReference ?? pending.OrderReference;
            return NotificationOutcome.Stored;
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
    }

    /// <summary>The nopCommerce order of a reference: checkout creates Ecster's order with the OrderGuid, and may move it to the order number.</summary>
    private async Task<NopOrder?> FindNopOrderAsync(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        if (Guid.TryParse(reference, out var guid) && await _orderService.GetOrderByGuidAsync(guid) is { } byGuid && EcsterOrders.IsEcsterOrder(byGuid))
            return byGuid;
        return await _orderService.GetOrderByCustomOrderNumberAsync(reference) is { } byNumber && EcsterOrders.IsEcsterOrder(byNumber) ? byNumber : null;
    }
}
