using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using Ecster.Benchmarks.Checkout;
using Ecster.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Components.Public;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Catalog;
using Nop.Services.Directory;
using Nop.Services.Orders;
using Nop.Services.Tax;
using Nop.Web.Framework.Infrastructure;
using Nop.Web.Framework.Models;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// What the monthly-cost widget adds to one product page view: the real view component (settings, store, cached
/// terms, the price through nopCommerce's services, the figure) and its model, then the view's output. nopCommerce's
/// services are name-answered stubs, so their own (cached) work is not counted: it is the same with the widget off.
/// </summary>
/// <remarks>
/// The view is not compiled by Razor here: it inherits nopCommerce's NopRazorPage and uses its tag helpers, which
/// ref/ does not declare. "View output" writes what MonthlyCost.cshtml writes (the same literal text, values HTML
/// encoded, four text lookups) to a buffer, which is what a compiled Razor view does; the view engine's lookup and
/// the view's activation are not in it. At review the same is measured in a real store, widget on against off.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class WidgetPathBenchmarks
{
    private const int StoreId = 1;
    private const decimal ProductPrice = 12_499m;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private ServiceProvider _services = null!;
    private MonthlyCostViewComponent _component = null!;
    private ProductModel _product = null!;
    private IReadOnlyDictionary<string, string> _texts = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        var snapshot = await SandboxTermsAsync();
        var store = new Store { Id = StoreId };
        var customer = new Customer();
        var product = new Product { Id = 42 };
        var sek = new Currency { CurrencyCode = "SEK" };

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new EcsterSettings());
        services.AddSingleton<TermsCache>();
        services.AddScoped<ITermsSource>(_ => new FixedTerms(snapshot));
        services.AddSingleton(Stub.Of<IStoreContext>(Answers(("GetCurrentStoreAsync", _ => Task.FromResult(store)))));
        services.AddSingleton(Stub.Of<IWorkContext>(Answers(
            ("GetWorkingCurrencyAsync", _ => Task.FromResult(sek)),
            ("GetCurrentCustomerAsync", _ => Task.FromResult(customer)))));
        services.AddSingleton(Stub.Of<IProductService>(Answers(("GetProductByIdAsync", _ => Task.FromResult(product)))));
        services.AddSingleton(Stub.Of<IPriceCalculationService>(Answers(("GetFinalPriceAsync",
            _ => Task.FromResult((ProductPrice, ProductPrice, 0m, new List<Discount>()))))));
        services.AddSingleton(Stub.Of<ITaxService>(Answers(("GetProductPriceAsync", a => Task.FromResult(((decimal)a[1]!, 25m))))));
        services.AddSingleton(Stub.Of<ICurrencyService>(Answers(("ConvertFromPrimaryStoreCurrencyAsync", a => Task.FromResult((decimal)a[0]!)))));
        services.AddSingleton(Stub.Of<IOrderTotalCalculationService>(Answers()));
        services.AddSingleton(Stub.Of<IShoppingCartService>(Answers()));
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<Nop.Plugin.Payments.Ecster.Services.Widget.WidgetPriceResolver>(provider));
        _services = services.BuildServiceProvider();

        var cache = _services.GetRequiredService<TermsCache>();
        await cache.RefreshAsync(StoreId);

        _component = ActivatorUtilities.CreateInstance<MonthlyCostViewComponent>(_services);
        _component.Url = Stub.Of<IUrlHelper>(Answers(("RouteUrl", _ => "/Plugins/PaymentEcster/Terms")));
        _component.ViewComponentContext = new ViewComponentContext
        {
            ViewContext = new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) }
        };
        _product = new ProductModel { Id = 42 };
        _texts = EcsterLocaleResources.ForCulture("sv-SE");

        if (await WidgetPath() < 200)
            throw new InvalidOperationException("The widget rendered nothing: the terms do not cover the price.");
    }

    [GlobalCleanup]
    public Task CleanUp() => _services.DisposeAsync().AsTask();

    [Benchmark(Description = "Widget path: view component + model + view output")]
    public async Task<int> WidgetPath()
    {
        var result = await _component.InvokeAsync(PublicWidgetZones.ProductPriceBottom, _product);
        if (result is not ViewViewComponentResult { ViewData.Model: MonthlyCostModel model })
            return 0;

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteView(model, writer);
        return writer.GetStringBuilder().Length;
    }

    /// <summary>The writes MonthlyCost.cshtml makes (see the class remarks).</summary>
    private void WriteView(MonthlyCostModel model, TextWriter writer)
    {
        var html = HtmlEncoder.Default;
        writer.Write("<div class=\"ecster-monthly-cost\"\n     data-price=\"");
        html.Encode(writer, model.Price.ToString(CultureInfo.InvariantCulture));
        writer.Write("\"\n     data-factors=\"");
        html.Encode(writer, model.PageFactorsJson);
        writer.Write("\"\n     data-terms-url=\"");
        html.Encode(writer, model.TermsUrl);
        writer.Write("\"\n     data-follow-attributes=\"");
        writer.Write(model.FollowsAttributeChanges ? "true" : "false");
        writer.Write("\">\n    <button type=\"button\" class=\"ecster-monthly-cost__open\" aria-haspopup=\"dialog\">\n        ");
        writer.Write(string.Format(Swedish, Text("Plugins.Payments.Ecster.Widget.FromPerMonth"),
            "<span class=\"ecster-monthly-cost__amount\">" + model.Teaser.WholeKronor.ToString("N0", Swedish) + "</span>"));
        writer.Write("\n    </button>\n");
        if (model.Example is { } example)
        {
            writer.Write("        <p class=\"ecster-monthly-cost__example\">\n            ");
            writer.Write(string.Format(Swedish, Text("Plugins.Payments.Ecster.Widget.Example"),
                example.Amount.ToString("N0", Swedish), example.Months, example.NominalInterestRatePercent.ToString("0.00", Swedish),
                example.SetupFee.ToString("N0", Swedish), example.MonthlyFee.ToString("N0", Swedish),
                example.EffectiveInterestRatePercent.ToString("0.00", Swedish), example.TotalAmount.ToString("N2", Swedish),
                example.MonthlyAmount.ToString("N2", Swedish)));
            writer.Write("\n        </p>\n");
        }
        writer.Write("    <dialog class=\"ecster-terms-dialog\" aria-label=\"");
        html.Encode(writer, Text("Plugins.Payments.Ecster.Terms.Title"));
        writer.Write("\">\n        <div class=\"ecster-terms-dialog__body\" aria-live=\"polite\"></div>\n        <form method=\"dialog\"><button type=\"submit\">");
        html.Encode(writer, Text("Plugins.Payments.Ecster.Terms.Close"));
        writer.Write("</button></form>\n    </dialog>\n</div>\n");
    }

    private string Text(string key) => _texts.TryGetValue(key, out var text) ? text : key;

    private static IReadOnlyDictionary<string, Func<object?[], object?>> Answers(params (string Name, Func<object?[], object?> Answer)[] answers) =>
        answers.ToDictionary(a => a.Name, a => a.Answer);

    private static async Task<TermsSnapshot> SandboxTermsAsync()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.ApiBaseAddress };
        http.DefaultRequestHeaders.Add("x-api-key", sandbox.ApiKey);
        http.DefaultRequestHeaders.Add("x-merchant-key", sandbox.MerchantKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return TermsFromJson.Parse(await http.GetStringAsync("paymentmethods/terms"));
    }

    private sealed record ProductModel : BaseNopEntityModel;

    private sealed class FixedTerms(TermsSnapshot snapshot) : ITermsSource
    {
        public Task<TermsSnapshot?> FetchAsync(int storeId, CancellationToken cancellationToken = default) => Task.FromResult<TermsSnapshot?>(snapshot);
    }
}
