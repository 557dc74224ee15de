using Ecster.Client.Models;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Logging;

namespace Nop.Plugin.Payments.Ecster.Services.Availability;

/// <summary>
/// Each store's Ecster payment methods in nopCommerce's static cache, so that deciding whether to show Ecster at
/// checkout costs at most one Ecster request per store every few minutes, never one per page. Callers that find
/// the entry share its one fetch (the host keeps a lazy task per key; on a web farm, per node). A failure is
/// cached too, briefly, so an outage hides the method without asking Ecster on every page. Saving a store's
/// Ecster settings removes its entry (<see cref="EcsterSettingsChangedConsumer"/>).
/// </summary>
public class PaymentMethodsCache
{
    private readonly IStaticCacheManager _cache;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public PaymentMethodsCache(IStaticCacheManager cache, ILogger logger, TimeProvider time)
    {
        _cache = cache;
        _logger = logger;
        _time = time;
    }

    /// <summary>
    /// The store's methods: the cached answer while it is usable, otherwise the answer of one new call to
    /// <paramref name="fetch"/>. Never throws for an Ecster failure.
    /// </summary>
    public async Task<EcsterMethodsAnswer> GetAsync(int storeId, Func<CancellationToken, Task<IReadOnlyList<PaymentMethod>>> fetch)
    {
        var key = KeyOf(storeId);
        var answer = await _cache.GetAsync(key, () => FetchAsync(storeId, fetch));
        if (answer.UsableUntil > _time.GetUtcNow())
            return answer;

        // The host's entry lives whole minutes; a failure is usable for less, and the clock decides, not the host.
        await _cache.RemoveAsync(key);
        return await _cache.GetAsync(key, () => FetchAsync(storeId, fetch));
    }

    /// <summary>Forgets a store's answer, e.g. when its Ecster account or environment changed.</summary>
    public Task InvalidateAsync(int storeId) => _cache.RemoveAsync(EcsterDefaults.Caching.PaymentMethodsKey, storeId);

    /// <summary>Forgets every store's answer, e.g. when the settings every store inherits changed.</summary>
    public Task InvalidateAllAsync() => _cache.RemoveByPrefixAsync(EcsterDefaults.Caching.PaymentMethodsPrefix);

    private CacheKey KeyOf(int storeId)
    {
        var key = _cache.PrepareKey(EcsterDefaults.Caching.PaymentMethodsKey, storeId);
        key.CacheTime = (int)Math.Ceiling(EcsterDefaults.AvailabilityFreshFor.TotalMinutes);
        return key;
    }

    private async Task<EcsterMethodsAnswer> FetchAsync(int storeId, Func<CancellationToken, Task<IReadOnlyList<PaymentMethod>>> fetch)
    {
        using var timeout = new CancellationTokenSource(EcsterDefaults.AvailabilityCheckTimeout);
        try
        {
            var methods = await fetch(timeout.Token);
            return new EcsterMethodsAnswer(methods, _time.GetUtcNow() + EcsterDefaults.AvailabilityFreshFor);
        }
        catch (Exception ex)
        {
            // Logged once per failed fetch, not per page.
            await _logger.EcsterFailedAsync($"the payment methods of store {storeId} could not be fetched; Ecster stays hidden at checkout for now", ex);
            return new EcsterMethodsAnswer(null, _time.GetUtcNow() + EcsterDefaults.AvailabilityRetryAfterFailure);
        }
    }
}
