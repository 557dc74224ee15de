using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// Drops a store's cached terms when its Ecster settings are saved (new keys, another environment), from the
/// configuration page or any other settings editor, so the product page never shows another account's terms;
/// the next view fetches them again in the background.
/// </summary>
public class TermsSettingsChangedConsumer : IConsumer<EntityInsertedEvent<Setting>>, IConsumer<EntityUpdatedEvent<Setting>>
{
    private const string EcsterSettingPrefix = "ecstersettings.";

    private readonly TermsCache _termsCache;

    public TermsSettingsChangedConsumer(TermsCache termsCache)
    {
        _termsCache = termsCache;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Setting> eventMessage) => OnSettingSavedAsync(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<Setting> eventMessage) => OnSettingSavedAsync(eventMessage.Entity);

    private Task OnSettingSavedAsync(Setting setting)
    {
        if (setting.Name?.StartsWith(EcsterSettingPrefix, StringComparison.OrdinalIgnoreCase) != true)
            return Task.CompletedTask;

        // Only forget here: one save writes each property as its own setting, so refreshing per setting would ask
        // Ecster a dozen times with half-saved settings. The next page view starts one background refresh.
        // Store 0 holds the values every store inherits, so a change there concerns them all.
        if (setting.StoreId == 0)
            _termsCache.InvalidateAll();
        else
            _termsCache.Invalidate(setting.StoreId);
        return Task.CompletedTask;
    }
}
