using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Components.Public;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Orders;
using Nop.Services.Tax;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Payments.Ecster.Tests.Widget;

/// <summary>The product-page figure as nopCommerce would render it, with nopCommerce's price services mocked.</summary>
public class MonthlyCostViewComponentTests
{
    private const int StoreId = 1;
    private const int ProductId = 42;

    private sealed record ProductModelStandIn : BaseNopEntityModel;

    private EcsterSettings _settings = null!;
    private Mock<ITermsSource> _source = null!;
    private TermsCache _cache = null!;
    private decimal _productPrice;
    private string _currency = "SEK";

    [SetUp]
    public void SetUp()
    {
        _settings = new EcsterSettings();
        _productPrice = 10_000m;
        _currency = "SEK";
        _source = new Mock<ITermsSource>();
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>())).ReturnsAsync(new TermsSnapshot(
            [new CreditTerm("PP24", "PART_PAYMENT", "24 months", 24, 14.95m, 195m, 29m, 0m, 1_000m, 50_000m)],
            null, null, DateTimeOffset.UtcNow));
        var services = new ServiceCollection().AddScoped(_ => _source.Object).BuildServiceProvider();
        _cache = new TermsCache(services.GetRequiredService<IServiceScopeFactory>());
    }

    private MonthlyCostViewComponent Component()
    {
        var store = new Store { Id = StoreId };
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(store);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(() => new Currency { CurrencyCode = _currency });
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer());
        var products = new Mock<IProductService>();
        products.Setup(p => p.GetProductByIdAsync(ProductId)).ReturnsAsync(new Product { Id = ProductId });
        var prices = new Mock<IPriceCalculationService>();
        prices.Setup(p => p.GetFinalPriceAsync(It.IsAny<Product>(), It.IsAny<Customer>(), It.IsAny<Store>(), It.IsAny<decimal>(), It.IsAny<bool>(), It.IsAny<int>()))
            .ReturnsAsync(() => (_productPrice, _productPrice, 0m, []));
        var tax = new Mock<ITaxService>();
        tax.Setup(t => t.GetProductPriceAsync(It.IsAny<Product>(), It.IsAny<decimal>(), true, It.IsAny<Customer>()))
            .ReturnsAsync((Product _, decimal price, bool _, Customer _) => (price, 25m));
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>())).ReturnsAsync((decimal amount, Currency _) => amount);

        var resolver = new WidgetPriceResolver(currencies.Object, Mock.Of<IOrderTotalCalculationService>(), prices.Object,
            products.Object, Mock.Of<IShoppingCartService>(), storeContext.Object, tax.Object, workContext.Object);
        var url = new Mock<IUrlHelper>();
        url.Setup(u => u.RouteUrl(It.IsAny<UrlRouteContext>())).Returns("/Plugins/PaymentEcster/Terms");
        return new MonthlyCostViewComponent(_settings, storeContext.Object, _cache, resolver, Mock.Of<Nop.Services.Logging.ILogger>())
        {
            Url = url.Object,
            ViewComponentContext = new ViewComponentContext
            {
                ViewContext = new Microsoft.AspNetCore.Mvc.Rendering.ViewContext
                {
                    ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary())
                }
            }
        };
    }

    private async Task<IViewComponentResult> RenderProductAsync() =>
        await Component().InvokeAsync("product_price_bottom", new ProductModelStandIn { Id = ProductId });

    [Test]
    public async Task Shows_the_lowest_monthly_amount_for_the_products_price_from_cached_terms()
    {
        await _cache.RefreshAsync(StoreId);

        var result = await RenderProductAsync();

        var model = (MonthlyCostModel)((ViewViewComponentResult)result).ViewData!.Model!;
        var expected = _cache.Peek(StoreId)!.LowestMonthlyAmount(10_000m)!.Value;
        Assert.That(model.Teaser, Is.EqualTo(expected));
        Assert.That(model.Price, Is.EqualTo(10_000m));
        Assert.That(model.TermsUrl, Is.EqualTo("/Plugins/PaymentEcster/Terms"));
        Assert.That(model.PageFactorsJson, Does.Contain("PP24"));
    }

    [Test]
    public async Task Renders_nothing_until_terms_are_cached_and_never_waits_for_them()
    {
        var gate = new TaskCompletionSource<TermsSnapshot?>();
        _source.Setup(s => s.FetchAsync(StoreId, It.IsAny<CancellationToken>())).Returns(gate.Task);

        var result = await RenderProductAsync();

        Assert.That(result, Is.InstanceOf<ContentViewComponentResult>());
        Assert.That(((ContentViewComponentResult)result).Content, Is.Empty);
        gate.SetResult(null);
    }

    [TestCase(999)]     // below the only term's minimum
    [TestCase(60_000)]  // above its maximum
    [TestCase(400)]     // below the shop's minimum price for the widget
    public async Task Renders_nothing_for_a_price_no_option_covers(decimal price)
    {
        await _cache.RefreshAsync(StoreId);
        _productPrice = price;

        Assert.That(await RenderProductAsync(), Is.InstanceOf<ContentViewComponentResult>());
    }

    [Test]
    public async Task Renders_nothing_when_the_shopper_does_not_shop_in_SEK()
    {
        await _cache.RefreshAsync(StoreId);
        _currency = "EUR";

        Assert.That(await RenderProductAsync(), Is.InstanceOf<ContentViewComponentResult>());
    }

    [Test]
    public async Task Renders_nothing_when_the_shop_turned_the_figure_off()
    {
        await _cache.RefreshAsync(StoreId);
        _settings.ProductWidgetEnabled = false;

        Assert.That(await RenderProductAsync(), Is.InstanceOf<ContentViewComponentResult>());
    }
}
