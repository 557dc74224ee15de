using Nop.Services.ScheduleTasks;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// nopCommerce schedule task (installed with the plugin, hourly) that refreshes every store's terms, so
/// product pages keep reading fresh terms from memory and Ecster is asked once an hour per store, not per view.
/// </summary>
public class RefreshTermsTask : IScheduleTask
{
    private readonly IStoreService _storeService;
    private readonly TermsCache _termsCache;

    public RefreshTermsTask(IStoreService storeService, TermsCache termsCache)
    {
        _storeService = storeService;
        _termsCache = termsCache;
    }

    public async Task ExecuteAsync()
    {
        // One store's failure must not keep the others stale; the cache logs and keeps older terms.
        foreach (var store in await _storeService.GetAllStoresAsync())
            await _termsCache.RefreshAsync(store.Id);
    }
}
