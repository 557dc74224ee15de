using System.Linq.Expressions;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Stores;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

/// <summary>
/// A saved order (a sofa at 25 % and food at 12 %, a sub-total discount, shipping, a 100 gift card) as Ecster rows,
/// named from the plugin's resources in the language the shopper ordered in.
/// </summary>
public class OrderCartLinesTests
{
    private const int Swedish = 2;
    private readonly Customer _customer = new() { Id = 7 };
    private readonly Store _store = new() { Id = 1 };
    private readonly Product _sofa = new() { Id = 10, Name = "Sofa", Sku = "SOFA" };
    private readonly Product _food = new() { Id = 11, Name = "Coffee", Sku = "" };

    private Order _order = null!;
    private OrderCartLines _lines = null!;

    [SetUp]
    public void SetUp()
    {
        // nopCommerce's totals: items 1 112, sub-total discount 111.20, shipping 50, a 100 gift card.
        _order = new Order
        {
            Id = 5, CustomerId = 7, StoreId = 1, CustomerLanguageId = Swedish, CustomOrderNumber = "1042",
            CustomerCurrencyCode = "SEK", CurrencyRate = 1m,
            OrderSubtotalInclTax = 1_112m, OrderSubTotalDiscountInclTax = 111.20m, OrderSubTotalDiscountExclTax = 90m,
            OrderShippingInclTax = 50m, OrderShippingExclTax = 40m, OrderTotal = 950.80m
        };
        var orders = new Mock<IOrderService>();
        orders.Setup(o => o.GetOrderItemsAsync(5, null, null, 0)).ReturnsAsync(new List<OrderItem>
        {
            new() { Id = 1, OrderId = 5, Quantity = 1, PriceInclTax = 1_000m, PriceExclTax = 800m, AttributesXml = "<a/>" },
            new() { Id = 2, OrderId = 5, Quantity = 2, PriceInclTax = 112m, PriceExclTax = 100m }
        });
        orders.Setup(o => o.GetProductByOrderItemIdAsync(1)).ReturnsAsync(_sofa);
        orders.Setup(o => o.GetProductByOrderItemIdAsync(2)).ReturnsAsync(_food);
        var customers = new Mock<ICustomerService>();
        customers.Setup(c => c.GetCustomerByIdAsync(7)).ReturnsAsync(_customer);
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(1)).ReturnsAsync(_store);
        var formatter = new Mock<IProductAttributeFormatter>();
        formatter.Setup(f => f.FormatAttributesAsync(_sofa, "<a/>", _customer, _store, ", ", false, false, true, true, false)).ReturnsAsync("Färg: Grå");

        // Only the shopper's language has texts: a lookup in any other language would show the key.
        var localization = new Mock<ILocalizationService>(MockBehavior.Strict);
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), Swedish, true, "", false))
            .ReturnsAsync((string key, int _, bool _, string _, bool _) => "sv:" + key.Split('.').Last());
        localization.Setup(l => l.GetLocalizedAsync(It.IsAny<Product>(), It.IsAny<Expression<Func<Product, string>>>(), Swedish, true, true))
            .ReturnsAsync((Product p, Expression<Func<Product, string>> _, int? _, bool _, bool _) => p.Name == "Coffee" ? "Kaffe" : p.Name);

        _lines = new OrderCartLines(customers.Object, orders.Object, stores.Object, new CartTexts(formatter.Object, localization.Object));
    }

    [Test]
    public async Task Rows_are_named_in_the_shoppers_language_and_keep_each_VAT_rate()
    {
        var lines = (await _lines.GetLinesAsync(_order)).Lines;

        Assert.That(lines.Select(l => l.Name), Is.EqualTo(new[]
        {
            "Sofa (Färg: Grå)", "Kaffe", "sv:SubTotalDiscount 25 %", "sv:SubTotalDiscount 12 %", "sv:Shipping", "sv:Adjustment"
        }));
        Assert.That(lines.Select(VatRates.Of), Is.EqualTo(new[] { 25m, 12m, 25m, 12m, 25m, 0m }));
    }

    [Test]
    public async Task The_cart_adds_up_to_the_order_total_with_what_the_lines_cannot_show_as_one_adjustment()
    {
        var cart = await _lines.BuildCartAsync(_order);

        Assert.That(cart.Amount, Is.EqualTo(950.80m));
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(950.80m));
        Assert.That(cart.Rows.Select(r => (r.PartNumber, r.UnitAmount)), Is.EqualTo(new[]
        {
            ("SOFA", 1_000m), ("P11", 56m), ("Discount", -100m), ("Discount", -11.20m), ("Shipping", 50m), (OrderCartLines.AdjustmentPartNumber, -100m)
        }), "the 100 gift card, which the order does not list, is the adjustment");
        Assert.That(cart.Message, Is.EqualTo("1042"));
    }

    [Test]
    public async Task A_EUR_order_is_sent_in_SEK_at_its_own_rate()
    {
        _order.CurrencyRate = 11.5m;

        var cart = await _lines.BuildCartAsync(_order);

        Assert.That(cart.Amount, Is.EqualTo(10_934.20m));
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(10_934.20m));
    }
}
