using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster.Components.Public;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// Everything the monthly-cost widget adds to one product page view once the store's terms are cached: the real view
/// component (settings, store, cached terms, the product's price through nopCommerce's services, the figure), its
/// model, and MonthlyCost.cshtml (with its assets partial) rendered by Razor, compiled once in setup from the shipped
/// file as a store compiles it, invoked through MVC's view-component helper within a fresh request scope, as a widget
/// zone invokes it.
/// </summary>
/// <remarks>
/// The view's two &lt;form method="dialog"&gt; get an antiforgery token from ASP.NET Core's form tag helper. A
/// nopCommerce product page generates that request's tokens anyway (its add-to-cart and other post forms), so the
/// widget's share of a product page is measured against a request that already has them; "on a fresh request" is the
/// widget alone on a page with no other post form (the tokens are then generated for it).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class WidgetPathBenchmarks
{
    private readonly List<string> _failures = [];
    private StoreHost _store = null!;
    private IServiceScopeFactory _scopes = null!;
    private IAntiforgery _antiforgery = null!;
    private Endpoint _endpoint = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _store = await WidgetStore.StartAsync(_failures);
        _scopes = _store.Services.GetRequiredService<IServiceScopeFactory>();
        _antiforgery = _store.Services.GetRequiredService<IAntiforgery>();
        // A request inside the store's routing: the component's Url.RouteUrl goes through the endpoint link generator.
        _endpoint = new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "product page");

        // The first rendering compiles the view (a store does this once); then it must show the figure.
        var html = await FreshRequestWithWidget();
        if (_failures.Count > 0 || !html.Contains("ecster-monthly-cost__amount", StringComparison.Ordinal)
                                || !html.Contains("/Plugins/PaymentEcster/Terms", StringComparison.Ordinal))
            throw new InvalidOperationException($"The widget did not render: {string.Join("; ", _failures)}\n{html}");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _store.DisposeAsync();
        if (_failures.Count > 0)
            throw new InvalidOperationException("The widget failed during the run: " + string.Join("; ", _failures));
    }

    [Benchmark(Baseline = true, Description = "Product page request (scope, antiforgery tokens), no widget")]
    public async Task<int> PageRequestWithoutWidget()
    {
        await using var scope = _scopes.CreateAsyncScope();
        return _antiforgery.GetAndStoreTokens(Request(scope)).RequestToken!.Length;
    }

    [Benchmark(Description = "Same request + widget: component + model + Razor view")]
    public async Task<int> PageRequestWithWidget()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var http = Request(scope);
        _antiforgery.GetAndStoreTokens(http);
        return (await Widget(http)).Length;
    }

    [Benchmark(Description = "Widget on a fresh request (tokens made for its forms)")]
    public async Task<int> WidgetOnFreshRequest() => (await FreshRequestWithWidget()).Length;

    private async Task<string> FreshRequestWithWidget()
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await Widget(Request(scope));
    }

    private HttpContext Request(AsyncServiceScope scope)
    {
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.SetEndpoint(_endpoint);
        return http;
    }

    private static Task<string> Widget(HttpContext http) =>
        StorePages.ComponentAsync(http, typeof(MonthlyCostViewComponent), WidgetStore.ZoneArguments);

    /// <summary>
    /// In process: the store host and its compiled view live in this process (BenchmarkDotNet's default would build
    /// and start a copy of the benchmarks, the integration tests' host with them, per run).
    /// </summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
    }
}
