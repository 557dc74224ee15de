using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Ecster.Sandbox;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Ecster.Benchmarks;

/// <summary>
/// Issue 7's figures: what a product page view costs the plugin once terms are cached (the lowest monthly
/// amount, and the view model around it), against one loopback HTTP round trip to the sandbox for the terms,
/// which is what the cache saves each view. Target: at least 1,000x cheaper, under 2 KB allocated per view.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ProductPageFigureBenchmarks
{
    private SandboxServer _sandbox = null!;
    private HttpClient _http = null!;
    private TermsSnapshot _snapshot = null!;
    private decimal _price;

    [GlobalSetup]
    public async Task SetUp()
    {
        _sandbox = await SandboxServer.StartAsync();
        _http = new HttpClient { BaseAddress = _sandbox.ApiBaseAddress };
        _http.DefaultRequestHeaders.Add("x-api-key", _sandbox.ApiKey);
        _http.DefaultRequestHeaders.Add("x-merchant-key", _sandbox.MerchantKey);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        // The part payment terms a store would cache, as the sandbox serves them.
        var json = await _http.GetStringAsync(TermsFromJson.PartPaymentTermsPath);
        _snapshot = TermsFromJson.Parse(json);
        _price = 12_499m;
        if (_snapshot.LowestMonthlyAmount(_price) is null)
            throw new InvalidOperationException("The sandbox's terms do not cover the benchmark price.");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _http.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Loopback round trip: GET terms from the sandbox")]
    public async Task<int> TermsRoundTrip()
    {
        using var response = await _http.GetAsync(TermsFromJson.PartPaymentTermsPath, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return body.Length;
    }

    [Benchmark(Description = "Product page figure from cached terms")]
    public MonthlyTeaser? LowestMonthlyAmount() => _snapshot.LowestMonthlyAmount(_price);

    [Benchmark(Description = "Product page view model from cached terms")]
    public MonthlyCostModel ViewModel()
    {
        var teaser = _snapshot.LowestMonthlyAmount(_price)!.Value;
        return new MonthlyCostModel
        {
            Price = _price,
            Teaser = teaser,
            Example = _snapshot.Example,
            PageFactorsJson = _snapshot.PageFactorsJson,
            TermsUrl = "/Plugins/PaymentEcster/Terms",
            FollowsAttributeChanges = true
        };
    }
}
