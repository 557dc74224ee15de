using Ecster.Benchmarks.Checkout;
using Ecster.Client;
using Ecster.Integration.Tests.Browser.Host;
using Ecster.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Localization;
using Nop.Services.Orders;
using Nop.Services.Tax;
using Nop.Services.Configuration;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;
using NopLogger = Nop.Services.Logging.ILogger;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// The integration tests' store host (the plugin's shipped views compiled at run time, as nopCommerce 4.90 does)
/// serving one product at <see cref="Price"/> kr with the sandbox's terms cached. nopCommerce's services are
/// name-answered stubs (their cached lookups cost the same with the widget off; Moq's matching would be counted as
/// the widget's). The plugin's routes are mapped: the widget links its terms endpoint.
/// </summary>
internal static class WidgetStore
{
    public const decimal Price = 12_499m;
    public const int ProductId = 42;

    /// <summary>What nopCommerce's product page hands the price zone's widgets.</summary>
    public static object ZoneArguments { get; } =
        new { widgetZone = PublicWidgetZones.ProductPriceBottom, additionalData = new ProductModelStandIn { Id = ProductId } };

    public static async Task<StoreHost> StartAsync(List<string> failures)
    {
        var snapshot = await SandboxTermsAsync();
        var cache = new TermsCache(new ServiceCollection().AddScoped<ITermsSource>(_ => new FixedTerms(snapshot))
            .BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        await cache.RefreshAsync(1);

        var store = new Store { Id = 1 };
        var customer = new Customer();
        var product = new Product { Id = ProductId };
        var sek = new Currency { CurrencyCode = "SEK" };
        var texts = EcsterLocaleResources.ForCulture("sv-SE");
        var storeContext = Stub.Of<IStoreContext>(Answers(("GetCurrentStoreAsync", _ => Task.FromResult(store))));
        var workContext = Stub.Of<IWorkContext>(Answers(
            ("GetWorkingCurrencyAsync", _ => Task.FromResult(sek)),
            ("GetCurrentCustomerAsync", _ => Task.FromResult(customer))));
        var products = Stub.Of<IProductService>(Answers(("GetProductByIdAsync", _ => Task.FromResult(product))));
        var prices = Stub.Of<IPriceCalculationService>(Answers(("GetFinalPriceAsync", _ => Task.FromResult((Price, Price, 0m, new List<Discount>())))));
        var tax = Stub.Of<ITaxService>(Answers(("GetProductPriceAsync", a => Task.FromResult(((decimal)a[1]!, 25m)))));
        var currencies = Stub.Of<ICurrencyService>(Answers(("ConvertFromPrimaryStoreCurrencyAsync", a => Task.FromResult((decimal)a[0]!))));
        var resolver = new WidgetPriceResolver(currencies, Stub.Of<IOrderTotalCalculationService>(Answers()), prices, products,
            Stub.Of<IShoppingCartService>(Answers()), storeContext, tax, workContext);

        return await StoreHost.StartAsync(new StoreOptions { Culture = "sv-SE" }, PluginViewFolder.ForRendering(), services =>
        {
            services.AddSingleton(new EcsterSettings { ProductWidgetEnabled = true, WidgetMinPrice = 500m });
            services.AddSingleton(storeContext);
            services.AddSingleton(cache);
            services.AddSingleton(resolver);
            // The widget renders nothing when it fails (and logs it): the benchmark must know, not time an empty page.
            services.AddSingleton(Stub.Of<NopLogger>(Answers(("ErrorAsync", a => { lock (failures) failures.Add($"{a[0]}: {a[1]}"); return Task.CompletedTask; }))));
            // A store's texts come from its cache: a dictionary lookup, as here (replaces the host's Moq mock).
            services.AddSingleton(Stub.Of<ILocalizationService>(Answers(("GetResourceAsync",
                a => Task.FromResult(texts.TryGetValue((string)a[0]!, out var text) ? text : (string)a[0]!)))));
        }, app => new RouteProvider().RegisterRoutes(app));
    }

    private static IReadOnlyDictionary<string, Func<object?[], object?>> Answers(params (string Name, Func<object?[], object?> Answer)[] answers) =>
        answers.ToDictionary(a => a.Name, a => a.Answer);

    /// <summary>The sandbox's terms through the plugin's own terms source (with the representative example the
    /// view shows), as a store's terms cache holds them.</summary>
    private static async Task<TermsSnapshot> SandboxTermsAsync()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEcsterClient();
        await using var provider = services.BuildServiceProvider();
        var settings = new EcsterSettings
        {
            Environment = EcsterEnvironment.Sandbox, SandboxBaseUrl = sandbox.BaseAddress.ToString(),
            ApiKey = sandbox.ApiKey, MerchantKey = sandbox.MerchantKey
        };
        var settingService = Stub.Of<ISettingService>(Answers(("LoadSettingAsync", _ => Task.FromResult(settings))));
        var source = new EcsterTermsSource(new EcsterClientProvider(provider.GetRequiredService<IEcsterClientFactory>(), settingService));
        return await source.FetchAsync(1) ?? throw new InvalidOperationException("The sandbox served no terms.");
    }

    private sealed record ProductModelStandIn : BaseNopEntityModel;

    private sealed class FixedTerms(TermsSnapshot snapshot) : ITermsSource
    {
        public Task<TermsSnapshot?> FetchAsync(int storeId, CancellationToken cancellationToken = default) => Task.FromResult<TermsSnapshot?>(snapshot);
    }
}
