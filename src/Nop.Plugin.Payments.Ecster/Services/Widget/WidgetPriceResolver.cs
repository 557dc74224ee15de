using Nop.Core;
using Nop.Core.Domain.Orders;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Orders;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Ecster.Services.Widget;

/// <summary>
/// The amount a shopper would borrow: a product's price, or the cart total, including VAT, in SEK.
/// Null when the shopper is not shopping in SEK, since Ecster lends only in SEK.
/// Uses nopCommerce's own (cached) price services only; nothing here reaches Ecster.
/// </summary>
public class WidgetPriceResolver
{
    private readonly ICurrencyService _currencyService;
    private readonly IOrderTotalCalculationService _orderTotalCalculationService;
    private readonly IPriceCalculationService _priceCalculationService;
    private readonly IProductService _productService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly IStoreContext _storeContext;
    private readonly ITaxService _taxService;
    private readonly IWorkContext _workContext;

    public WidgetPriceResolver(ICurrencyService currencyService,
        IOrderTotalCalculationService orderTotalCalculationService,
        IPriceCalculationService priceCalculationService,
        IProductService productService,
        IShoppingCartService shoppingCartService,
        IStoreContext storeContext,
        ITaxService taxService,
        IWorkContext workContext)
    {
        _currencyService = currencyService;
        _orderTotalCalculationService = orderTotalCalculationService;
        _priceCalculationService = priceCalculationService;
        _productService = productService;
        _shoppingCartService = shoppingCartService;
        _storeContext = storeContext;
        _taxService = taxService;
        _workContext = workContext;
    }

    public async Task<decimal?> ProductPriceAsync(int productId)
    {
        var currency = await _workContext.GetWorkingCurrencyAsync();
        if (!IsSek(currency?.CurrencyCode))
            return null;

        var product = await _productService.GetProductByIdAsync(productId);
        if (product is null || product.Deleted || product.CustomerEntersPrice || product.CallForPrice)
            return null;

        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var (_, finalPrice, _, _) = await _priceCalculationService.GetFinalPriceAsync(product, customer, store);
        var (priceInclTax, _) = await _taxService.GetProductPriceAsync(product, finalPrice, true, customer);
        return await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(priceInclTax, currency!);
    }

    public async Task<decimal?> CartTotalAsync()
    {
        var currency = await _workContext.GetWorkingCurrencyAsync();
        if (!IsSek(currency?.CurrencyCode))
            return null;

        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        var cart = await _shoppingCartService.GetShoppingCartAsync(customer, ShoppingCartType.ShoppingCart, store.Id);
        if (cart.Count == 0)
            return null;

        var (total, _, _, _, _, _) = await _orderTotalCalculationService.GetShoppingCartTotalAsync(cart);
        return total is null ? null : await _currencyService.ConvertFromPrimaryStoreCurrencyAsync(total.Value, currency!);
    }

    private static bool IsSek(string? code) => string.Equals(code, EcsterDefaults.Currency, StringComparison.OrdinalIgnoreCase);
}
