using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Storage;
using Nop.Services.Logging;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// Notifications that arrived before their nopCommerce order, per store, kept as a versioned document of the Store
/// entity (<see cref="VersionedAttributes"/>): the endpoint and the task, on any node, change it without losing
/// each other's changes. Small by nature: an entry lives from checkout's create-order call until the order is
/// saved, seconds normally, and is dropped after <see cref="MaxAge"/>. Posts are authenticated, but a leaked secret
/// or a flood of real orders could still fill it, so it
/// keeps at most <see cref="MaxKeptPerStore"/> per store and drops the oldest beyond that, with a log entry.
/// </summary>
public class PendingNotificationInbox
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);

    /// <summary>Far above what a store's checkouts keep waiting at once; each post rewrites the list, so it stays small.</summary>
    public const int MaxKeptPerStore = 500;

    private readonly VersionedAttributes _documents;
    private readonly OrderLocks _locks;
    private readonly IStoreService _storeService;
    private readonly ILogger _logger;

    public PendingNotificationInbox(VersionedAttributes documents, OrderLocks locks, IStoreService storeService, ILogger logger)
    {
        _documents = documents;
        _locks = locks;
        _storeService = storeService;
        _logger = logger;
    }

    /// <summary>Keeps a notification; one for an order already kept is not kept twice; the oldest go beyond the cap.</summary>
    public async Task AddAsync(int storeId, PendingNotification notification)
    {
        var dropped = new List<PendingNotification>();
        await UpdateAsync(storeId, list =>
        {
            dropped.Clear();
            if (list.Any(p => p.OrderId == notification.OrderId))
                return;
            list.Add(notification);
            foreach (var oldest in list.OrderBy(p => p.ReceivedOnUtc).Take(list.Count - MaxKeptPerStore).ToList())
            {
                list.Remove(oldest);
                dropped.Add(oldest);
            }
        });

        // Counts and times only: the ids came in an unauthenticated body.
        if (dropped.Count > 0)
            await _logger.WarningAsync($"Ecster: {dropped.Count} early notification(s) of store {storeId} dropped, received from {dropped.Min(p => p.ReceivedOnUtc):u}: " +
                $"the store keeps at most {MaxKeptPerStore} notifications awaiting their order. Many posts to the notification address that name no order may be an attack.");
    }

    public async Task<IReadOnlyList<PendingNotification>> ListAsync(int storeId)
    {
        var store = await _storeService.GetStoreByIdAsync(storeId);
        return store is null ? [] : (await _documents.LoadAsync<VersionedList<PendingNotification>>(store, EcsterDefaults.PendingNotificationsAttributeKey)).Items;
    }

    /// <summary>
    /// Changes the kept list under the store's inbox lock, so one node's writers queue; across nodes a change made
    /// on a list another writer has replaced meanwhile is made again on the new one.
    /// </summary>
    public Task UpdateAsync(int storeId, Action<List<PendingNotification>> change) =>
        _locks.RunAsync(OrderLocks.ForStoreInbox(storeId), async () =>
        {
            var store = await _storeService.GetStoreByIdAsync(storeId);
            if (store is not null)
                await _documents.UpdateAsync<VersionedList<PendingNotification>>(store, EcsterDefaults.PendingNotificationsAttributeKey, kept => change(kept.Items));
        });
}
