using Nop.Core;
using Nop.Core.Caching;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Contact;

/// <summary>
/// The <c>salesPerson</c> of a store sale (docs §7.2: mandatory in person): the staff member who places the order
/// for the customer, as nopCommerce's customer id. nopCommerce does not record who placed an order, and every
/// update must send it again (docs §7.5), so it is kept: in the static cache until the order is saved (ProcessPayment
/// runs before the order exists), then as a generic attribute of the order.
/// </summary>
public class SalesPersons
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IStaticCacheManager _cache;
    private readonly IGenericAttributeService _genericAttributeService;
    private readonly IWorkContext _workContext;

    public SalesPersons(IStaticCacheManager cache, IGenericAttributeService genericAttributeService, IWorkContext workContext)
    {
        _cache = cache;
        _genericAttributeService = genericAttributeService;
        _workContext = workContext;
    }

    /// <summary>The staff member placing the current order for a customer; null when the shopper places it.</summary>
    public string? Current() => _workContext.OriginalCustomerIfImpersonated is { } staff ? $"nop-{staff.Id}" : null;

    /// <summary>Keeps the sales person of a checkout until <see cref="KeepOnOrderAsync"/>.</summary>
    public Task RememberAsync(Guid orderGuid, string salesPerson) => _cache.SetAsync(KeyOf(orderGuid), salesPerson);

    /// <summary>Moves the checkout's sales person onto the saved order.</summary>
    public async Task KeepOnOrderAsync(NopOrder order)
    {
        var key = KeyOf(order.OrderGuid);
        var salesPerson = await _cache.GetAsync(key, (string?)null);
        if (salesPerson is null)
            return;
        await _genericAttributeService.SaveAttributeAsync(order, EcsterDefaults.SalesPersonAttributeKey, salesPerson);
        await _cache.RemoveAsync(key);
    }

    /// <summary>The sales person the order was created with; null for an e-commerce order.</summary>
    public async Task<string?> OfOrderAsync(NopOrder order)
    {
        var value = await _genericAttributeService.GetAttributeAsync<string>(order, EcsterDefaults.SalesPersonAttributeKey);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private CacheKey KeyOf(Guid orderGuid)
    {
        var key = _cache.PrepareKey(EcsterDefaults.Caching.CheckoutSalesPersonKey, orderGuid);
        key.CacheTime = (int)Lifetime.TotalMinutes;
        return key;
    }
}
