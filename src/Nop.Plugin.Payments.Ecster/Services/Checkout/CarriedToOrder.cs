using Nop.Core.Caching;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// A value decided at checkout that every later update of the order needs again (an update re-sends every attribute,
/// docs §7.5). ProcessPayment runs before nopCommerce has saved the order, so the value waits in the static cache
/// (shared by a farm's nodes) under the order's GUID, and moves onto the saved order as a generic attribute.
/// </summary>
internal sealed class CarriedToOrder(IStaticCacheManager cache, IGenericAttributeService genericAttributeService, CacheKey waiting, string attributeKey)
{
    /// <summary>Far longer than a checkout takes from ProcessPayment to the saved order.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public Task RememberAsync(Guid orderGuid, string value) => cache.SetAsync(KeyOf(orderGuid), value);

    public async Task KeepOnOrderAsync(NopOrder order)
    {
        var key = KeyOf(order.OrderGuid);
        var value = await cache.GetAsync(key, (string?)null);
        if (value is null)
            return;
        await genericAttributeService.SaveAttributeAsync(order, attributeKey, value);
        await cache.RemoveAsync(key);
    }

    public async Task<string?> OfOrderAsync(NopOrder order)
    {
        var value = await genericAttributeService.GetAttributeAsync<string>(order, attributeKey);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private CacheKey KeyOf(Guid orderGuid)
    {
        var key = cache.PrepareKey(waiting, orderGuid);
        key.CacheTime = (int)Lifetime.TotalMinutes;
        return key;
    }
}
