using Nop.Services.Catalog;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// Reads the cart the way nopCommerce totals it, so the lines add up to its order total:
/// <list type="bullet">
/// <item>items: nopCommerce's item sub-total (item discounts applied) with and without VAT, per unit, at the
/// product's own tax rate; localized name with attributes;</item>
/// <item>checkout attributes: what nopCommerce's sub-total holds beyond the items;</item>
/// <item>sub-total discount: one row per VAT rate of the items (<see cref="DiscountByVatRate"/>);</item>
/// <item>shipping and the payment fee, each at the tax rate nopCommerce charged on it;</item>
/// <item>order-total discount: 0 % VAT, as nopCommerce takes it off the total after tax;</item>
/// <item>gift cards and reward points: means of payment, 0 % VAT.</item>
/// </list>
/// Amounts are in the store's primary currency and per-unit amounts may carry fractions of an öre;
/// <see cref="EcsterCartBuilder"/> converts to SEK and its one rounding rule settles them.
/// </summary>
public class CheckoutCartLines : ICartLineSource<CheckoutCart>
{
    private readonly IOrderTotalCalculationService _orderTotals;
    private readonly IPaymentService _paymentService;
    private readonly IProductService _productService;
    private readonly IShoppingCartService _shoppingCartService;
    private readonly ITaxService _taxService;
    private readonly CartTexts _texts;

    public CheckoutCartLines(
        IOrderTotalCalculationService orderTotals,
        IPaymentService paymentService,
        IProductService productService,
        IShoppingCartService shoppingCartService,
        ITaxService taxService,
        CartTexts texts)
    {
        _orderTotals = orderTotals;
        _paymentService = paymentService;
        _productService = productService;
        _shoppingCartService = shoppingCartService;
        _taxService = taxService;
        _texts = texts;
    }

    public async Task<CartLines> GetLinesAsync(CheckoutCart source)
    {
        var (customer, store, cart) = source;
        var lines = new List<CartLine>();
        decimal itemsInclTax = 0, itemsExclTax = 0;
        foreach (var item in cart)
        {
            var product = await _productService.GetProductByIdAsync(item.ProductId);
            var (subTotal, _, _, _) = await _shoppingCartService.GetSubTotalAsync(item, true);
            var (inclTax, taxRate) = await _taxService.GetProductPriceAsync(product, subTotal, true, customer);
            var (exclTax, _) = await _taxService.GetProductPriceAsync(product, subTotal, false, customer);
            itemsInclTax += inclTax;
            itemsExclTax += exclTax;

            var name = await _texts.ProductAsync(product, item.AttributesXml, customer, store, languageId: null);
            lines.Add(new CartLine(CartTexts.PartNumber(product), name, item.Quantity, inclTax / item.Quantity, exclTax / item.Quantity,
                TaxRate: inclTax == exclTax ? 0m : taxRate));
        }

        var subTotalInclTax = await _orderTotals.GetShoppingCartSubTotalAsync(cart, true);
        var subTotalExclTax = await _orderTotals.GetShoppingCartSubTotalAsync(cart, false);
        var items = lines.ToList();

        // nopCommerce's sub-total is the items plus the checkout attributes' prices: the rest is the attributes.
        await AddAsync(lines, "CheckoutAttributes", "CheckoutAttributes",
            subTotalInclTax.subTotalWithoutDiscount - itemsInclTax, subTotalExclTax.subTotalWithoutDiscount - itemsExclTax);
        lines.AddRange(DiscountByVatRate.Split(items, "Discount", await TextAsync("SubTotalDiscount"),
            subTotalInclTax.discountAmount, subTotalExclTax.discountAmount));

        var (shippingInclTax, shippingTaxRate, _) = await _orderTotals.GetShoppingCartShippingTotalAsync(cart, true);
        var shippingExclTax = (await _orderTotals.GetShoppingCartShippingTotalAsync(cart, false)).shippingTotal ?? 0;
        await AddAsync(lines, "Shipping", "Shipping", shippingInclTax ?? 0, shippingExclTax, isFee: true, taxRate: shippingTaxRate);

        var fee = await _paymentService.GetAdditionalHandlingFeeAsync(cart, EcsterDefaults.SystemName);
        if (fee != 0)
        {
            var (feeInclTax, feeTaxRate) = await _taxService.GetPaymentMethodAdditionalFeeAsync(fee, true, customer);
            var (feeExclTax, _) = await _taxService.GetPaymentMethodAdditionalFeeAsync(fee, false, customer);
            await AddAsync(lines, "PaymentFee", "PaymentFee", feeInclTax, feeExclTax, isFee: true, taxRate: feeTaxRate);
        }

        var total = await _orderTotals.GetShoppingCartTotalAsync(cart);
        await AddAsync(lines, "OrderDiscount", "OrderTotalDiscount", -total.discountAmount, -total.discountAmount);
        foreach (var giftCard in total.appliedGiftCards ?? [])
        {
            var name = await TextAsync("GiftCard") + " " + MaskedCode(giftCard.GiftCard?.GiftCardCouponCode);
            lines.Add(new CartLine("GiftCard", name, 1, -giftCard.AmountCanBeUsed, -giftCard.AmountCanBeUsed, IsPaymentMeans: true));
        }

        if (total.redeemedRewardPointsAmount != 0)
            lines.Add(new CartLine("RewardPoints", await TextAsync("RewardPoints"), 1,
                -total.redeemedRewardPointsAmount, -total.redeemedRewardPointsAmount, IsPaymentMeans: true));

        return new CartLines(lines, await TextAsync("Rounding"));
    }

    private async Task AddAsync(List<CartLine> lines, string partNumber, string textName, decimal inclTax, decimal exclTax,
        bool isFee = false, decimal? taxRate = null)
    {
        if (inclTax != 0)
            lines.Add(new CartLine(partNumber, await TextAsync(textName), 1, inclTax, exclTax, IsFee: isFee,
                TaxRate: inclTax == exclTax ? 0m : taxRate));
    }

    private Task<string> TextAsync(string name) => _texts.GetAsync(name, languageId: null);

    /// <summary>A gift card code is money to whoever knows it: Ecster (and its invoices) see only its end.</summary>
    private static string MaskedCode(string? code) =>
        string.IsNullOrEmpty(code) ? string.Empty : code.Length <= 4 ? new string('*', code.Length) : "****" + code[^4..];
}
