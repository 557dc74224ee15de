using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>
/// Drops a store's cached Ecster payment methods when its Ecster settings are saved (new keys, another
/// environment), so checkout decides on the new account at once rather than after the cache expires. Deletions
/// count too: unticking a store's override deletes its own value, and the store falls back to the shared one.
/// </summary>
public class AvailabilitySettingsChangedConsumer : IConsumer<EntityInsertedEvent<Setting>>, IConsumer<EntityUpdatedEvent<Setting>>,
    IConsumer<EntityDeletedEvent<Setting>>
{
    private const string EcsterSettingPrefix = "ecstersettings.";

    private readonly PaymentMethodsCache _cache;

    public AvailabilitySettingsChangedConsumer(PaymentMethodsCache cache)
    {
        _cache = cache;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Setting> eventMessage) => OnSettingSavedAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<Setting> eventMessage) => OnSettingSavedAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityDeletedEvent<Setting> eventMessage) => OnSettingSavedAsync(eventMessage.Entity);

    private Task OnSettingSavedAsync(Setting setting)
    {
        if (setting.Name?.StartsWith(EcsterSettingPrefix, StringComparison.OrdinalIgnoreCase) != true)
            return Task.CompletedTask;

        // Only forget: the next checkout page fetches once with the complete new settings. Store 0 holds the
        // values every store inherits, so a change there concerns them all.
        if (setting.StoreId == 0)
            _cache.InvalidateAll();
        else
            _cache.Invalidate(setting.StoreId);
        return Task.CompletedTask;
    }
}
