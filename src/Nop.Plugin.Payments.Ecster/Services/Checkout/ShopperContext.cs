using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>The shopper a payment-step request is for: customer, store, their cart, and the staff member if one places the order.</summary>
public sealed record ShopperContext(Customer Customer, Store Store, IList<ShoppingCartItem> Cart, Customer? Staff)
{
    /// <summary>An admin placing an order for a customer (impersonation): a physical store sale.</summary>
    public bool IsStaffSale => Staff is not null;
}

/// <summary>Finds the current shopper from nopCommerce's work context.</summary>
public class ShopperContextResolver
{
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStoreContext _storeContext;
    private readonly IWorkContext _workContext;

    public ShopperContextResolver(IShoppingCartService shoppingCartService, IStoreContext storeContext, IWorkContext workContext)
    {
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _workContext = workContext;
    }

    public async Task<(Customer Customer, Store Store)> CustomerAndStoreAsync() =>
        (await _workContext.GetCurrentCustomerAsync(), await _storeContext.GetCurrentStoreAsync());

    /// <summary>The shopper with their cart; the cart may be empty (the caller refuses then).</summary>
    public async Task<ShopperContext> ResolveAsync()
    {
        var (customer, store) = await CustomerAndStoreAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);
        return new ShopperContext(customer, store, cart, _workContext.OriginalCustomerIfImpersonated);
    }
}
