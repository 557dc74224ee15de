using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Components.Public;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Logging;
using Nop.Services.Orders;
using Nop.Services.Tax;
using Nop.Web.Framework.Models;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// A store's product page with the plugin's monthly-cost widget in its price zone, rendered by the plugin's real view
/// component and view, and the plugin's real terms endpoint behind the widget's dialog. nopCommerce's price services
/// are mocked as one product at <see cref="Price"/> kr in SEK; the terms are whatever the test caches.
/// </summary>
internal static class ProductStore
{
    public const decimal Price = 12_499m;
    public const int ProductId = 42;
    public const string ProductPage = "product";

    private sealed record ProductModelStandIn : BaseNopEntityModel;

    /// <param name="localization">The store's texts; a test may make one fail to break the widget's view.</param>
    public static async Task<StoreHost> StartAsync(TermsSnapshot terms, ILogger logger, StoreOptions? options = null,
        Nop.Services.Localization.ILocalizationService? localization = null, Action<Mock<IProductService>>? products = null,
        Action<PluginViewFolder>? views = null)
    {
        var source = new Mock<ITermsSource>();
        source.Setup(s => s.FetchAsync(It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(terms);
        var cache = new TermsCache(new ServiceCollection().AddScoped(_ => source.Object).BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        await cache.RefreshAsync(1);

        var store = new Store { Id = 1 };
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(store);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(new Currency { CurrencyCode = "SEK" });
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer());
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductByIdAsync(ProductId)).ReturnsAsync(new Product { Id = ProductId });
        products?.Invoke(productService);
        var prices = new Mock<IPriceCalculationService>();
        prices.Setup(p => p.GetFinalPriceAsync(It.IsAny<Product>(), It.IsAny<Customer>(), It.IsAny<Store>(), It.IsAny<decimal>(), It.IsAny<bool>(), It.IsAny<int>()))
            .ReturnsAsync((Price, Price, 0m, []));
        var tax = new Mock<ITaxService>();
        tax.Setup(t => t.GetProductPriceAsync(It.IsAny<Product>(), It.IsAny<decimal>(), true, It.IsAny<Customer>()))
            .ReturnsAsync((Product _, decimal price, bool _, Customer _) => (price, 25m));
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>())).ReturnsAsync((decimal amount, Currency _) => amount);
        var resolver = new WidgetPriceResolver(currencies.Object, Mock.Of<IOrderTotalCalculationService>(), prices.Object, productService.Object,
            Mock.Of<IShoppingCartService>(), storeContext.Object, tax.Object, workContext.Object);

        options ??= new StoreOptions { Culture = "sv-SE" };
        var folder = PluginViewFolder.ForRendering();
        views?.Invoke(folder);
        return await StoreHost.StartAsync(options, folder, services =>
        {
            services.AddSingleton(new EcsterSettings { ProductWidgetEnabled = true, WidgetMinPrice = 500m });
            services.AddSingleton(storeContext.Object);
            services.AddSingleton(cache);
            services.AddSingleton(resolver);
            services.AddSingleton(logger);
            if (localization is not null)
                services.AddSingleton(localization);
        }, app =>
        {
            new RouteProvider().RegisterRoutes(app);
            app.MapGet("/" + ProductPage, async Task<IResult> (HttpContext http) =>
            {
                // The product page's price zone, as nopCommerce's widget zone invokes a plugin's view component.
                var widget = await StorePages.ComponentAsync(http, typeof(MonthlyCostViewComponent),
                    new { widgetZone = "product_price_bottom", additionalData = new ProductModelStandIn { Id = ProductId } });
                var body = $"""
                    <div class="page product-details-page">
                      <div class="product-name"><h1>Golvlampa Mässing</h1></div>
                      <div class="prices"><div class="product-price">12 499,00 kr</div>{widget}</div>
                      <p>En golvlampa i mässing.</p>
                    </div>
                    """;
                return Results.Content(StorePages.Page(http, body, "Golvlampa", "sv"), "text/html");
            });
        });
    }
}
