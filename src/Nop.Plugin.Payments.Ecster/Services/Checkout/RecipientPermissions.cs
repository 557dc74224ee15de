using Nop.Core.Caching;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Whether an order may carry the shopper's delivery <c>recipient</c>: only when the payment option Ecster offered
/// says <c>allowAlternateRecipient</c> (docs §6, §7.2). Decided at checkout; every update needs it again, because an
/// update re-sends every attribute and keeps the option (docs §7.5), so it is kept: in the static cache until the
/// order is saved (ProcessPayment runs before the order exists), then as a generic attribute of the order.
/// </summary>
public class RecipientPermissions
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IStaticCacheManager _cache;
    private readonly IGenericAttributeService _genericAttributeService;

    public RecipientPermissions(IStaticCacheManager cache, IGenericAttributeService genericAttributeService)
    {
        _cache = cache;
        _genericAttributeService = genericAttributeService;
    }

    /// <summary>Keeps a checkout's answer until <see cref="KeepOnOrderAsync"/>; only a permission needs keeping.</summary>
    public Task RememberAsync(Guid orderGuid, bool allowed) => allowed ? _cache.SetAsync(KeyOf(orderGuid), true) : Task.CompletedTask;

    /// <summary>Moves the checkout's answer onto the saved order.</summary>
    public async Task KeepOnOrderAsync(NopOrder order)
    {
        var key = KeyOf(order.OrderGuid);
        if (!await _cache.GetAsync(key, false))
            return;
        await _genericAttributeService.SaveAttributeAsync(order, EcsterDefaults.RecipientAllowedAttributeKey, "true");
        await _cache.RemoveAsync(key);
    }

    /// <summary>False unless the order's option allowed a recipient: a recipient Ecster may refuse is never sent.</summary>
    public async Task<bool> AllowedForAsync(NopOrder order) => string.Equals(
        await _genericAttributeService.GetAttributeAsync<string>(order, EcsterDefaults.RecipientAllowedAttributeKey), "true", StringComparison.OrdinalIgnoreCase);

    private CacheKey KeyOf(Guid orderGuid)
    {
        var key = _cache.PrepareKey(EcsterDefaults.Caching.CheckoutRecipientAllowedKey, orderGuid);
        key.CacheTime = (int)Lifetime.TotalMinutes;
        return key;
    }
}
