using Nop.Core;
using Nop.Core.Caching;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Common;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Contact;

/// <summary>
/// The <c>salesPerson</c> of a store sale (docs §7.2: mandatory in person): the staff member who places the order
/// for the customer, as nopCommerce's customer id. nopCommerce does not record who placed an order, and every
/// update must send it again (docs §7.5), so it is carried onto the order (<see cref="CarriedToOrder"/>).
/// </summary>
public class SalesPersons
{
    private readonly CarriedToOrder _salesPerson;
    private readonly IWorkContext _workContext;

    public SalesPersons(IStaticCacheManager cache, IGenericAttributeService genericAttributeService, IWorkContext workContext)
    {
        _salesPerson = new CarriedToOrder(cache, genericAttributeService, EcsterDefaults.Caching.CheckoutSalesPersonKey,
            EcsterDefaults.SalesPersonAttributeKey);
        _workContext = workContext;
    }

    /// <summary>The staff member placing the current order for a customer; null when the shopper places it.</summary>
    public string? Current() => _workContext.OriginalCustomerIfImpersonated is { } staff ? $"nop-{staff.Id}" : null;

    /// <summary>Keeps the sales person of a checkout until <see cref="KeepOnOrderAsync"/>.</summary>
    public Task RememberAsync(Guid orderGuid, string salesPerson) => _salesPerson.RememberAsync(orderGuid, salesPerson);

    /// <summary>Moves the checkout's sales person onto the saved order.</summary>
    public Task KeepOnOrderAsync(NopOrder order) => _salesPerson.KeepOnOrderAsync(order);

    /// <summary>The sales person the order was created with; null for an e-commerce order.</summary>
    public Task<string?> OfOrderAsync(NopOrder order) => _salesPerson.OfOrderAsync(order);
}
