using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Ecster.Services;

/// <summary>
/// Drops what the plugin caches from a store's Ecster account (its payment terms and its available
/// payment methods) when that store's Ecster settings are saved or deleted, from the configuration page or any
/// other settings editor, so neither the product page nor checkout goes on with another account's answers.
/// Deletions count: unticking a store's override deletes its own value, and the store falls back to the shared one.
/// </summary>
public class EcsterSettingsChangedConsumer : IConsumer<EntityInsertedEvent<Setting>>, IConsumer<EntityUpdatedEvent<Setting>>,
    IConsumer<EntityDeletedEvent<Setting>>
{
    private const string EcsterSettingPrefix = "ecstersettings.";

    private readonly PaymentMethodsCache _methodsCache;
    private readonly TermsCache _termsCache;

    public EcsterSettingsChangedConsumer(PaymentMethodsCache methodsCache, TermsCache termsCache)
    {
        _methodsCache = methodsCache;
        _termsCache = termsCache;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Setting> eventMessage) => OnSettingChangedAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<Setting> eventMessage) => OnSettingChangedAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityDeletedEvent<Setting> eventMessage) => OnSettingChangedAsync(eventMessage.Entity);

    private async Task OnSettingChangedAsync(Setting setting)
    {
        if (setting.Name?.StartsWith(EcsterSettingPrefix, StringComparison.OrdinalIgnoreCase) != true)
            return;

        // Only forget: one save writes each property as its own setting, so fetching per setting would ask Ecster a
        // dozen times with half-saved settings; the next page fetches once. Store 0 holds the values every store
        // inherits, so a change there concerns them all.
        if (setting.StoreId == 0)
        {
            await _methodsCache.InvalidateAllAsync();
            _termsCache.InvalidateAll();
        }
        else
        {
            await _methodsCache.InvalidateAsync(setting.StoreId);
            _termsCache.Invalidate(setting.StoreId);
        }
    }
}
