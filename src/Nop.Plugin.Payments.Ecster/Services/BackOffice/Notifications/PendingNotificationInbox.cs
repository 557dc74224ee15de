using Newtonsoft.Json;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Common;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// Notifications that arrived before their nopCommerce order, per store, kept through nopCommerce's data layer as
/// a generic attribute of the Store entity (same reasoning as <see cref="MoneyLedger"/>: no plugin table without
/// FluentMigrator 7.1.0). Small by nature: an entry lives from checkout's create-order call until the order is
/// saved, seconds normally, and is dropped after <see cref="MaxAge"/>.
/// </summary>
public class PendingNotificationInbox
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);

    private readonly IGenericAttributeService _genericAttributeService;
    private readonly OrderLocks _locks;
    private readonly IStoreService _storeService;

    public PendingNotificationInbox(IGenericAttributeService genericAttributeService, OrderLocks locks, IStoreService storeService)
    {
        _genericAttributeService = genericAttributeService;
        _locks = locks;
        _storeService = storeService;
    }

    /// <summary>Keeps a notification; one already kept (same id) is not kept twice.</summary>
    public Task AddAsync(int storeId, PendingNotification notification) => UpdateAsync(storeId, list =>
    {
        if (list.All(p => p.NotificationId != notification.NotificationId))
            list.Add(notification);
    });

    public async Task<IReadOnlyList<PendingNotification>> ListAsync(int storeId)
    {
        var store = await _storeService.GetStoreByIdAsync(storeId);
        return store is null ? [] : await ReadAsync(store);
    }

    /// <summary>Changes the kept list under the store's inbox lock (the endpoint and the task both write it).</summary>
    public Task UpdateAsync(int storeId, Action<List<PendingNotification>> change) =>
        _locks.RunAsync(OrderLocks.ForStoreInbox(storeId), async () =>
        {
            var store = await _storeService.GetStoreByIdAsync(storeId);
            if (store is null)
                return;
            var list = await ReadAsync(store);
            change(list);
            await _genericAttributeService.SaveAttributeAsync(store, EcsterDefaults.PendingNotificationsAttributeKey,
                list.Count == 0 ? null : JsonConvert.SerializeObject(list));
        });

    private async Task<List<PendingNotification>> ReadAsync(Nop.Core.Domain.Stores.Store store)
    {
        var json = await _genericAttributeService.GetAttributeAsync<string>(store, EcsterDefaults.PendingNotificationsAttributeKey);
        return string.IsNullOrWhiteSpace(json) ? [] : JsonConvert.DeserializeObject<List<PendingNotification>>(json) ?? [];
    }
}
