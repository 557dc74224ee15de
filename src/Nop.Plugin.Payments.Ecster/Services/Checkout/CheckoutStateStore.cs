using Nop.Core.Caching;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Checkout states, one per store and customer, in nopCommerce's static cache: memory on one server, the
/// distributed cache on a web farm, so a BankID started on one node is collected on another. A ticket lives 30
/// minutes, so a state not written for longer is worth nothing and expires. Reads go through the cache's
/// read-only overload, which on a web farm asks the distributed cache itself rather than a node's local copy.
/// </summary>
public class CheckoutStateStore
{
    /// <summary>Longer than a ticket lives, so a state is never dropped while its ticket is still good.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(35);

    private readonly IStaticCacheManager _cache;

    public CheckoutStateStore(IStaticCacheManager cache) => _cache = cache;

    public Task<CheckoutState?> GetAsync(int storeId, int customerId) => _cache.GetAsync(KeyOf(storeId, customerId), (CheckoutState?)null);

    public Task SetAsync(int storeId, int customerId, CheckoutState state) => _cache.SetAsync(KeyOf(storeId, customerId), state);

    /// <summary>Forgets the customer's checkout: they start again with identification.</summary>
    public Task ClearAsync(int storeId, int customerId) => _cache.RemoveAsync(KeyOf(storeId, customerId));

    private CacheKey KeyOf(int storeId, int customerId)
    {
        var key = _cache.PrepareKey(EcsterDefaults.Caching.CheckoutStateKey, storeId, customerId);
        key.CacheTime = (int)IdleLifetime.TotalMinutes;
        return key;
    }
}
