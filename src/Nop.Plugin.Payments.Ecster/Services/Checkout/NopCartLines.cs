using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Reads the cart the way nopCommerce totals it, so the lines add up to its order total:
/// <list type="bullet">
/// <item>items: nopCommerce's item sub-total (item discounts applied) with and without VAT, per unit; attributes in the name;</item>
/// <item>checkout attributes: what nopCommerce's sub-total holds beyond the items;</item>
/// <item>sub-total discount, shipping and the payment fee, each with and without VAT (so each keeps its VAT rate);</item>
/// <item>order-total discount: 0 % VAT, as nopCommerce takes it off the total after tax;</item>
/// <item>gift cards and reward points: means of payment, 0 % VAT.</item>
/// </list>
/// Per-unit amounts may carry fractions of an öre; <see cref="EcsterCartBuilder"/>'s one rounding rule settles them.
/// </summary>
public class NopCartLines : ICartLineSource
{
    private readonly ILocalizationService _localizationService;
    private readonly IOrderTotalCalculationService _orderTotals;
    private readonly IPaymentService _paymentService;
    private readonly IProductAttributeFormatter _attributeFormatter;
    private readonly IProductService _productService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly ITaxService _taxService;

    public NopCartLines(
        ILocalizationService localizationService,
        IOrderTotalCalculationService orderTotals,
        IPaymentService paymentService,
        IProductAttributeFormatter attributeFormatter,
        IProductService productService,
        IShoppingCartService shoppingCartService,
        ITaxService taxService)
    {
        _localizationService = localizationService;
        _orderTotals = orderTotals;
        _paymentService = paymentService;
        _attributeFormatter = attributeFormatter;
        _productService = productService;
        _shoppingCartService = shoppingCartService;
        _taxService = taxService;
    }

    public async Task<IReadOnlyList<CartLine>> GetLinesAsync(Customer customer, Store store, IList<ShoppingCartItem> cart)
    {
        var lines = new List<CartLine>();
        decimal itemsInclTax = 0, itemsExclTax = 0;
        foreach (var item in cart)
        {
            var product = await _productService.GetProductByIdAsync(item.ProductId);
            var (subTotal, _, _, _) = await _shoppingCartService.GetSubTotalAsync(item, true);
            var (inclTax, _) = await _taxService.GetProductPriceAsync(product, subTotal, true, customer);
            var (exclTax, _) = await _taxService.GetProductPriceAsync(product, subTotal, false, customer);
            itemsInclTax += inclTax;
            itemsExclTax += exclTax;

            var attributes = string.IsNullOrEmpty(item.AttributesXml)
                ? string.Empty
                : await _attributeFormatter.FormatAttributesAsync(product, item.AttributesXml, customer, store,
                    separator: ", ", htmlEncode: false, renderPrices: false, allowHyperlinks: false);
            var name = string.IsNullOrWhiteSpace(attributes) ? product.Name : $"{product.Name} ({attributes})";
            var partNumber = string.IsNullOrWhiteSpace(product.Sku) ? $"P{product.Id}" : product.Sku;
            lines.Add(new CartLine(partNumber, name, item.Quantity, inclTax / item.Quantity, exclTax / item.Quantity));
        }

        var subTotalInclTax = await _orderTotals.GetShoppingCartSubTotalAsync(cart, true);
        var subTotalExclTax = await _orderTotals.GetShoppingCartSubTotalAsync(cart, false);

        // nopCommerce's sub-total is the items plus the checkout attributes' prices: the rest is the attributes.
        await AddAsync(lines, "CheckoutAttributes", "Cart.CheckoutAttributes",
            subTotalInclTax.subTotalWithoutDiscount - itemsInclTax, subTotalExclTax.subTotalWithoutDiscount - itemsExclTax);
        await AddAsync(lines, "Discount", "Cart.SubTotalDiscount", -subTotalInclTax.discountAmount, -subTotalExclTax.discountAmount);

        var shippingInclTax = (await _orderTotals.GetShoppingCartShippingTotalAsync(cart, true)).shippingTotal ?? 0;
        var shippingExclTax = (await _orderTotals.GetShoppingCartShippingTotalAsync(cart, false)).shippingTotal ?? 0;
        await AddAsync(lines, "Shipping", "Cart.Shipping", shippingInclTax, shippingExclTax, isFee: true);

        var fee = await _paymentService.GetAdditionalHandlingFeeAsync(cart, EcsterDefaults.SystemName);
        if (fee != 0)
        {
            var (feeInclTax, _) = await _taxService.GetPaymentMethodAdditionalFeeAsync(fee, true, customer);
            var (feeExclTax, _) = await _taxService.GetPaymentMethodAdditionalFeeAsync(fee, false, customer);
            await AddAsync(lines, "PaymentFee", "Cart.PaymentFee", feeInclTax, feeExclTax, isFee: true);
        }

        var total = await _orderTotals.GetShoppingCartTotalAsync(cart);
        await AddAsync(lines, "OrderDiscount", "Cart.OrderTotalDiscount", -total.discountAmount, -total.discountAmount);
        foreach (var giftCard in total.appliedGiftCards ?? [])
        {
            var name = await TextAsync("Cart.GiftCard") + " " + MaskedCode(giftCard.GiftCard?.GiftCardCouponCode);
            lines.Add(new CartLine("GiftCard", name, 1, -giftCard.AmountCanBeUsed, -giftCard.AmountCanBeUsed, IsPaymentMeans: true));
        }

        if (total.redeemedRewardPointsAmount != 0)
            lines.Add(new CartLine("RewardPoints", await TextAsync("Cart.RewardPoints"), 1,
                -total.redeemedRewardPointsAmount, -total.redeemedRewardPointsAmount, IsPaymentMeans: true));

        return lines;
    }

    private async Task AddAsync(List<CartLine> lines, string partNumber, string textName, decimal inclTax, decimal exclTax, bool isFee = false)
    {
        if (inclTax != 0)
            lines.Add(new CartLine(partNumber, await TextAsync(textName), 1, inclTax, exclTax, IsFee: isFee));
    }

    private Task<string> TextAsync(string name) => _localizationService.GetResourceAsync("Plugins.Payments.Ecster." + name);

    /// <summary>A gift card code is money to whoever knows it: Ecster (and its invoices) see only its end.</summary>
    private static string MaskedCode(string? code) =>
        string.IsNullOrEmpty(code) ? string.Empty : code.Length <= 4 ? new string('*', code.Length) : "****" + code[^4..];
}
