using Nop.Plugin.Payments.Ecster.Services.BackOffice.Orphans;
using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// nopCommerce schedule task (installed with the plugin) applying notifications that arrived before their
/// nopCommerce order existed, or while Ecster could not be read, and annulling Ecster orders whose checkout never
/// saved a nopCommerce order (<see cref="OrphanSweeper"/>).
/// </summary>
public class ApplyPendingNotificationsTask : IScheduleTask
{
    private readonly OrphanSweeper _orphans;
    private readonly NotificationProcessor _processor;
    private readonly IStoreService _storeService;

    public ApplyPendingNotificationsTask(NotificationProcessor processor, OrphanSweeper orphans, IStoreService storeService)
    {
        _orphans = orphans;
        _processor = processor;
        _storeService = storeService;
    }

    public async Task ExecuteAsync()
    {
        foreach (var store in await _storeService.GetAllStoresAsync())
        {
            await _processor.ApplyPendingAsync(store.Id);
            await _orphans.SweepAsync(store.Id);
        }
    }
}
