using System.Linq.Expressions;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Catalog;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Payments;
using Nop.Services.Tax;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

/// <summary>
/// nopCommerce's cart, read through its own services (mocked with the figures a store would give), turned into
/// Ecster rows that add up to nopCommerce's order total and keep each row's VAT rate.
/// </summary>
public class CheckoutCartLinesTests
{
    private readonly Customer _customer = new() { Id = 7 };
    private readonly Store _store = new() { Id = 1 };
    private readonly ShoppingCartItem _sofa = new() { Id = 1, ProductId = 10, Quantity = 2, AttributesXml = "<Attributes/>" };
    private readonly ShoppingCartItem _book = new() { Id = 2, ProductId = 11, Quantity = 3 };
    private readonly Product _sofaProduct = new() { Id = 10, Name = "Soffa", Sku = "SOFA" };
    private readonly Product _bookProduct = new() { Id = 11, Name = "Bok", Sku = "" };

    private Mock<IOrderTotalCalculationService> _totals = null!;
    private Mock<IPaymentService> _payments = null!;
    private Mock<ITaxService> _tax = null!;
    private CheckoutCartLines _lines = null!;
    private List<ShoppingCartItem> _cart = null!;

    [SetUp]
    public void SetUp()
    {
        _cart = [_sofa, _book];
        var products = new Mock<IProductService>();
        products.Setup(p => p.GetProductByIdAsync(10)).ReturnsAsync(_sofaProduct);
        products.Setup(p => p.GetProductByIdAsync(11)).ReturnsAsync(_bookProduct);

        var cartService = new Mock<IShoppingCartService>();
        cartService.Setup(c => c.GetSubTotalAsync(_sofa, true)).ReturnsAsync((8_000m, 0m, new List<Discount>(), (int?)null));
        cartService.Setup(c => c.GetSubTotalAsync(_book, true)).ReturnsAsync((300m, 0m, new List<Discount>(), (int?)null));

        _tax = new Mock<ITaxService>();
        SetPrice(_sofaProduct, 8_000m, inclTax: 10_000m); // 25 %
        SetPrice(_bookProduct, 300m, inclTax: 336m);       // 12 %

        var formatter = new Mock<IProductAttributeFormatter>();
        formatter.Setup(f => f.FormatAttributesAsync(_sofaProduct, "<Attributes/>", _customer, _store, ", ", false, false, true, true, false))
            .ReturnsAsync("Färg: Grå");

        _totals = new Mock<IOrderTotalCalculationService>();
        // Sub-total: the items plus a checkout attribute of 125 incl. (100 excl.); a 25 % discount of 500 incl.
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, true)).ReturnsAsync((500m, new List<Discount>(), 10_461m, 9_961m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, false)).ReturnsAsync((400m, new List<Discount>(), 8_400m, 8_000m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartShippingTotalAsync(_cart, true)).ReturnsAsync(((decimal?)49m, 25m, new List<Discount>()));
        _totals.Setup(t => t.GetShoppingCartShippingTotalAsync(_cart, false)).ReturnsAsync(((decimal?)39.20m, 25m, new List<Discount>()));
        _totals.Setup(t => t.GetShoppingCartTotalAsync(_cart, It.IsAny<bool?>(), It.IsAny<bool>())).ReturnsAsync(((decimal?)8_885m, 100m, new List<Discount>(),
            new List<AppliedGiftCard> { new() { AmountCanBeUsed = 1_000m, GiftCard = new GiftCard { GiftCardCouponCode = "GC-ABCDEFGH" } } }, 500, 50m));

        _payments = new Mock<IPaymentService>();
        _payments.Setup(p => p.GetAdditionalHandlingFeeAsync(_cart, EcsterDefaults.SystemName)).ReturnsAsync(20m);
        _tax.Setup(t => t.GetPaymentMethodAdditionalFeeAsync(20m, true, _customer)).ReturnsAsync((25m, 25m));
        _tax.Setup(t => t.GetPaymentMethodAdditionalFeeAsync(20m, false, _customer)).ReturnsAsync((20m, 25m));

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.Split('.').Last());
        // The shopper's language has its own product names.
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), null, true, true))
            .ReturnsAsync((Product p, Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name == "Bok" ? "Book" : p.Name);

        _lines = new CheckoutCartLines(_totals.Object, _payments.Object, products.Object, cartService.Object, _tax.Object,
            new CartTexts(formatter.Object, localization.Object));
    }

    private void SetPrice(Product product, decimal price, decimal inclTax)
    {
        var taxRate = (inclTax / price - 1m) * 100m; // nopCommerce answers the rate it applied
        _tax.Setup(t => t.GetProductPriceAsync(product, price, true, _customer)).ReturnsAsync((inclTax, taxRate));
        _tax.Setup(t => t.GetProductPriceAsync(product, price, false, _customer)).ReturnsAsync((price, taxRate));
    }

    [Test]
    public async Task Items_discounts_gift_card_shipping_fee_and_checkout_attributes_add_up_to_the_order_total()
    {
        var lines = await _lines.GetLinesAsync(new CheckoutCart(_customer, _store, _cart));
        var cart = EcsterCartBuilder.Build(lines, 8_885m, SekRate.Identity);

        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(8_885m));
        Assert.That(cart.Rows.Select(r => (r.PartNumber, r.Quantity, r.UnitAmount, r.VatRate, r.Fee)), Is.EqualTo(new[]
        {
            ("SOFA", 2, 5_000m, 25m, false),
            ("P11", 3, 112m, 12m, false),
            ("CheckoutAttributes", 1, 125m, 25m, false),
            ("Discount", 1, -481.93m, 25m, false), // the sub-total discount per VAT rate, by the items' value without VAT
            ("Discount", 1, -18.07m, 12m, false),
            ("Shipping", 1, 49m, 25m, true),
            ("PaymentFee", 1, 25m, 25m, true),
            ("OrderDiscount", 1, -100m, 0m, false),
            ("GiftCard", 1, -1_000m, 0m, false),
            ("RewardPoints", 1, -50m, 0m, false)
        }));
        Assert.That(cart.Rows.Any(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber), Is.False, "whole öre amounts need no rounding row");
    }

    [Test]
    public async Task Product_attributes_are_in_the_item_name_and_the_gift_card_code_is_masked()
    {
        var lines = await _lines.GetLinesAsync(new CheckoutCart(_customer, _store, _cart));

        Assert.That(lines.Lines[0].Name, Is.EqualTo("Soffa (Färg: Grå)"));
        Assert.That(lines.Lines[1].Name, Is.EqualTo("Book"), "the product's name in the shopper's language");
        var giftCard = lines.Lines.Single(l => l.PartNumber == "GiftCard");
        Assert.That(giftCard.Name, Does.EndWith("****EFGH").And.Not.Contains("GC-ABCD"));
        Assert.That(giftCard.IsPaymentMeans, Is.True);
    }

    [Test]
    public async Task Free_shipping_no_fee_and_no_discounts_give_item_rows_only()
    {
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, true)).ReturnsAsync((0m, new List<Discount>(), 10_336m, 10_336m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, false)).ReturnsAsync((0m, new List<Discount>(), 8_300m, 8_300m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartShippingTotalAsync(_cart, It.IsAny<bool>())).ReturnsAsync(((decimal?)0m, 0m, new List<Discount>()));
        _totals.Setup(t => t.GetShoppingCartTotalAsync(_cart, It.IsAny<bool?>(), It.IsAny<bool>()))
            .ReturnsAsync(((decimal?)10_336m, 0m, new List<Discount>(), new List<AppliedGiftCard>(), 0, 0m));
        _payments.Setup(p => p.GetAdditionalHandlingFeeAsync(_cart, EcsterDefaults.SystemName)).ReturnsAsync(0m);

        var cart = EcsterCartBuilder.Build(await _lines.GetLinesAsync(new CheckoutCart(_customer, _store, _cart)), 10_336m, SekRate.Identity);

        Assert.That(cart.Rows.Select(r => r.PartNumber), Is.EqualTo(new[] { "SOFA", "P11" }));
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(10_336m));
    }

    [Test]
    public async Task A_unit_price_with_fractions_of_an_ore_is_settled_by_one_rounding_row()
    {
        // 3 books for 100.00 incl. VAT: 33.333... each.
        SetPrice(_bookProduct, 300m, inclTax: 100m);
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, true)).ReturnsAsync((0m, new List<Discount>(), 10_100m, 10_100m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartSubTotalAsync(_cart, false)).ReturnsAsync((0m, new List<Discount>(), 8_300m, 8_300m, new SortedDictionary<decimal, decimal>()));
        _totals.Setup(t => t.GetShoppingCartShippingTotalAsync(_cart, It.IsAny<bool>())).ReturnsAsync(((decimal?)0m, 0m, new List<Discount>()));
        _totals.Setup(t => t.GetShoppingCartTotalAsync(_cart, It.IsAny<bool?>(), It.IsAny<bool>()))
            .ReturnsAsync(((decimal?)10_100m, 0m, new List<Discount>(), new List<AppliedGiftCard>(), 0, 0m));
        _payments.Setup(p => p.GetAdditionalHandlingFeeAsync(_cart, EcsterDefaults.SystemName)).ReturnsAsync(0m);

        var cart = EcsterCartBuilder.Build(await _lines.GetLinesAsync(new CheckoutCart(_customer, _store, _cart)), 10_100m, SekRate.Identity);

        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(10_100m));
        Assert.That(cart.Rows.Single(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber).UnitAmount, Is.EqualTo(0.01m));
    }
}
