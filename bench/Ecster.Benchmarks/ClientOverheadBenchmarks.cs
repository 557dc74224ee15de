using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Client.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Benchmarks;

/// <summary>
/// Issue 8: what the typed client adds over a bare HttpClient doing the same requests against the loopback
/// sandbox (Polly pipeline, logging, typed JSON). Target: the client keeps at least 0.9x the bare throughput.
/// The sandbox runs as its own process here (see <see cref="SandboxProcess"/>).
/// Each benchmark is one sequence of three reads: payment methods, terms, one order (of 3 or 100 rows).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ClientOverheadBenchmarks
{
    private SandboxProcess _sandbox = null!;
    private ServiceProvider _services = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private string _orderId = null!;

    /// <summary>Rows in the order read: a typical basket, and the largest the benchmarks use.</summary>
    [Params(3, 100)]
    public int OrderRows { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _sandbox = await SandboxProcess.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEcsterClient();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IEcsterClientFactory>().Create(new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox,
            SandboxBaseUrl = _sandbox.BaseAddress,
            ApiKey = _sandbox.ApiKey,
            MerchantKey = _sandbox.MerchantKey
        });

        _bare = new HttpClient { BaseAddress = _sandbox.ApiBaseAddress };
        _bare.DefaultRequestHeaders.Add("x-api-key", _sandbox.ApiKey);
        _bare.DefaultRequestHeaders.Add("x-merchant-key", _sandbox.MerchantKey);
        _bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        _orderId = (await SandboxOrders.CreateAsync(_client, OrderRows)).Id;
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _bare.Dispose();
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Bare HttpClient: 3 reads")]
    public async Task<int> Bare()
    {
        var length = (await _bare.GetStringAsync("paymentmethods")).Length;
        length += (await _bare.GetStringAsync("paymentmethods/terms")).Length;
        length += (await _bare.GetStringAsync($"orders/{_orderId}")).Length;
        return length;
    }

    /// <summary>The same reads with the bodies parsed into the same models by plain Newtonsoft: the work any typed
    /// caller must do, without the client's pipeline (Polly, logging, error mapping).</summary>
    [Benchmark(Description = "Bare HttpClient + Newtonsoft into the same models")]
    public async Task<int> BareParsed()
    {
        var methods = Newtonsoft.Json.JsonConvert.DeserializeObject<PaymentMethodList>(await _bare.GetStringAsync("paymentmethods"))!;
        var terms = Newtonsoft.Json.JsonConvert.DeserializeObject<PaymentMethodTerms>(await _bare.GetStringAsync("paymentmethods/terms"))!;
        var order = Newtonsoft.Json.JsonConvert.DeserializeObject<Order>(await _bare.GetStringAsync($"orders/{_orderId}"))!;
        return methods.PaymentMethods.Count + terms.Terms.Count + order.Cart!.Rows.Count;
    }

    [Benchmark(Description = "Typed client: the same 3 reads")]
    public async Task<int> Typed()
    {
        var methods = await _client.GetPaymentMethodsAsync();
        var terms = await _client.GetPaymentMethodTermsAsync();
        var order = await _client.GetOrderAsync(_orderId);
        return methods.PaymentMethods.Count + terms.Terms.Count + order.Cart!.Rows.Count;
    }
}
