using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Benchmarks;

/// <summary>
/// The typed client's own CPU per call: the checkout's 5 calls and the 3 reads with Ecster's answers replayed
/// instantly (<see cref="ReplayedEcsterHandler"/>), so nothing waits and the time measured is CPU spent on the calling
/// side. The bare HttpClient over the same replay is the baseline: the difference, divided by the calls, is what
/// the typed client (request building, Polly policies, logging, JSON, error mapping) costs per call.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ClientCpuBenchmarks
{
    private SandboxProcess _sandbox = null!;
    private ServiceProvider _services = null!;
    private ReplayedEcsterHandler _replay = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private Cart _cart = null!;
    private string _cartJson = null!;
    private string _orderId = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _sandbox = await SandboxProcess.StartAsync("--Sandbox:BankIdPendingPolls=0");
        _replay = new ReplayedEcsterHandler();
        var services = new ServiceCollection();
        services.AddLogging();
        // One handler for the whole run: HttpClientFactory must not rotate (and dispose) the shared replay.
        services.AddEcsterClient().ConfigurePrimaryHttpMessageHandler(() => _replay).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IEcsterClientFactory>().Create(new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox, SandboxBaseUrl = _sandbox.BaseAddress,
            ApiKey = _sandbox.ApiKey, MerchantKey = _sandbox.MerchantKey
        });
        _bare = new HttpClient(_replay, disposeHandler: false) { BaseAddress = _sandbox.ApiBaseAddress };
        _bare.DefaultRequestHeaders.Add("x-api-key", _sandbox.ApiKey);
        _bare.DefaultRequestHeaders.Add("x-merchant-key", _sandbox.MerchantKey);
        _bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _cart = SandboxOrders.LargeCart(3);
        _cartJson = Encoding.UTF8.GetString(EcsterJson.Serialize(_cart));

        // Record every sequence once over the network (the last start's answer is the one replayed, and both sides
        // then collect with its id, which the bare side recorded), then replay.
        _orderId = (await SandboxOrders.CreateAsync(_client, _cart)).Id;
        await ClientSequences.TypedReadsAsync(_client, _orderId);
        await ClientSequences.BareReadsAsync(_bare, _orderId);
        await ClientSequences.BareCheckoutAsync(_bare, _cart.Amount, _cartJson);
        _replay.Replay();
        if (await TypedCheckout() == 0 || await BareCheckout() == 0 || await TypedReads() == 0 || await BareReads() == 0)
            throw new InvalidOperationException("A replayed sequence did not complete.");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _bare.Dispose();
        await _services.DisposeAsync();
        _replay.Dispose();
        await _sandbox.DisposeAsync();
    }

    [BenchmarkCategory("Checkout, 5 calls"), Benchmark(Baseline = true, Description = "Bare HttpClient, replayed answers: checkout's 5 calls")]
    public Task<int> BareCheckout() => ClientSequences.BareCheckoutAsync(_bare, _cart.Amount, _cartJson);

    [BenchmarkCategory("Checkout, 5 calls"), Benchmark(Description = "Typed client, replayed answers: the same 5 calls")]
    public async Task<int> TypedCheckout() => (await SandboxOrders.CreateAsync(_client, _cart)).Id.Length;

    [BenchmarkCategory("3 reads"), Benchmark(Baseline = true, Description = "Bare HttpClient, replayed answers: 3 reads")]
    public Task<int> BareReads() => ClientSequences.BareReadsAsync(_bare, _orderId);

    [BenchmarkCategory("3 reads"), Benchmark(Description = "Typed client, replayed answers: the same 3 reads")]
    public Task<int> TypedReads() => ClientSequences.TypedReadsAsync(_client, _orderId);
}
