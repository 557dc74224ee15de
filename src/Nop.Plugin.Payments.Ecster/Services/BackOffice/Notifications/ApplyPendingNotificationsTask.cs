using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;

/// <summary>
/// nopCommerce schedule task (installed with the plugin) applying notifications that arrived before their
/// nopCommerce order existed, or while Ecster could not be read.
/// </summary>
public class ApplyPendingNotificationsTask : IScheduleTask
{
    private readonly NotificationProcessor _processor;
    private readonly IStoreService _storeService;

    public ApplyPendingNotificationsTask(NotificationProcessor processor, IStoreService storeService)
    {
        _processor = processor;
        _storeService = storeService;
    }

    public async Task ExecuteAsync()
    {
        foreach (var store in await _storeService.GetAllStoresAsync())
            await _processor.ApplyPendingAsync(store.Id);
    }
}
