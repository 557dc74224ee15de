using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Ecster.Benchmarks.Measuring;
using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster.Components.Public;

namespace Ecster.Benchmarks.Widget;

/// <summary>
/// Everything the monthly-cost widget adds to one product page view once the store's terms are cached: the real view
/// component (settings, store, cached terms, the product's price through nopCommerce's services, the figure), its
/// model, and MonthlyCost.cshtml (with the plugin's assets) rendered by Razor, compiled once in setup from the shipped
/// file as a store compiles it, invoked through MVC's view-component helper within a fresh request scope, as a widget
/// zone invokes it. The baseline is the same request scope without the widget.
/// </summary>
/// <remarks>
/// The view's dialog forms carry no antiforgery token (they only close the dialog), so whether the page has made its
/// tokens does not change the widget's cost; setup checks that the widget asks for none.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class WidgetPathBenchmarks
{
    private readonly List<string> _failures = [];
    private StoreHost _store = null!;
    private IServiceScopeFactory _scopes = null!;
    private Endpoint _endpoint = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _store = await WidgetStore.StartAsync(_failures);
        _scopes = _store.Services.GetRequiredService<IServiceScopeFactory>();
        // A request inside the store's routing: the component's Url.RouteUrl goes through the endpoint link generator.
        _endpoint = new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, "product page");

        // The first rendering compiles the view (a store does this once); then it must show the figure.
        await using var scope = _scopes.CreateAsyncScope();
        var html = await Widget(Request(scope));
        if (_failures.Count > 0 || !html.Contains("ecster-monthly-cost__amount", StringComparison.Ordinal)
                                || !html.Contains("/Plugins/PaymentEcster/Terms", StringComparison.Ordinal))
            throw new InvalidOperationException($"The widget did not render: {string.Join("; ", _failures)}\n{html}");
        if (html.Contains("__RequestVerificationToken", StringComparison.Ordinal))
            throw new InvalidOperationException("The widget made antiforgery tokens: compare it against a product page request that has them.");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _store.DisposeAsync();
        if (_failures.Count > 0)
            throw new InvalidOperationException("The widget failed during the run: " + string.Join("; ", _failures));
    }

    [Benchmark(Baseline = true, Description = "Product page request (scope), no widget")]
    public async Task<int> PageRequestWithoutWidget()
    {
        await using var scope = _scopes.CreateAsyncScope();
        return Request(scope).Items.Count;
    }

    [Benchmark(Description = "Same request + widget: component + model + Razor view")]
    public async Task<int> PageRequestWithWidget()
    {
        await using var scope = _scopes.CreateAsyncScope();
        return (int)await WidgetToResponse(Request(scope));
    }

    private HttpContext Request(AsyncServiceScope scope)
    {
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.SetEndpoint(_endpoint);
        return http;
    }

    private static Task<string> Widget(HttpContext http) =>
        StorePages.ComponentAsync(http, typeof(MonthlyCostViewComponent), WidgetStore.ZoneArguments);

    /// <summary>The widget written to the response as a store writes a page: through MVC's pooled UTF-8 writer to the
    /// body, not into a string (which would charge the widget a copy of its markup no store makes).</summary>
    private static async Task<long> WidgetToResponse(HttpContext http)
    {
        var body = new ByteCounter();
        await using (var page = new HttpResponseStreamWriter(body, Encoding.UTF8))
            await StorePages.WriteComponentAsync(http, page, typeof(MonthlyCostViewComponent), WidgetStore.ZoneArguments);
        return body.Count;
    }

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
