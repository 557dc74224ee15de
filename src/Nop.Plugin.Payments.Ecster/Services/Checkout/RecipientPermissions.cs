using Nop.Core.Caching;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Whether an order may carry the shopper's delivery <c>recipient</c>: only when the payment option Ecster offered
/// says <c>allowAlternateRecipient</c> (docs §6, §7.2). Decided at checkout; every update needs it again, because an
/// update re-sends every attribute and keeps the option (docs §7.5), so it is carried onto the order (<see cref="CarriedToOrder"/>).
/// </summary>
public class RecipientPermissions
{
    private readonly CarriedToOrder _allowed;

    public RecipientPermissions(IStaticCacheManager cache, IGenericAttributeService genericAttributeService) =>
        _allowed = new CarriedToOrder(cache, genericAttributeService, EcsterDefaults.Caching.CheckoutRecipientAllowedKey,
            EcsterDefaults.RecipientAllowedAttributeKey);

    /// <summary>Keeps a checkout's answer until <see cref="KeepOnOrderAsync"/>; only a permission needs keeping.</summary>
    public Task RememberAsync(Guid orderGuid, bool allowed) => allowed ? _allowed.RememberAsync(orderGuid, "true") : Task.CompletedTask;

    /// <summary>Moves the checkout's answer onto the saved order.</summary>
    public Task KeepOnOrderAsync(NopOrder order) => _allowed.KeepOnOrderAsync(order);

    /// <summary>False unless the order's option allowed a recipient: a recipient Ecster may refuse is never sent.</summary>
    public async Task<bool> AllowedForAsync(NopOrder order) =>
        string.Equals(await _allowed.OfOrderAsync(order), "true", StringComparison.OrdinalIgnoreCase);
}
