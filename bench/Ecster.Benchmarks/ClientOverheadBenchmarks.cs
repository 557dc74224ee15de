using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Benchmarks;

/// <summary>
/// Issue 8: what the typed client adds over a bare HttpClient doing the same requests against the loopback
/// sandbox (Polly pipeline, logging, typed JSON). Target: the client keeps at least 0.9x the bare throughput.
/// The sandbox runs as its own process here (see <see cref="SandboxProcess"/>).
/// Each benchmark is one sequence of three reads: payment methods, terms, one order (of 3 or 100 rows).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 2, warmupCount: 5, iterationCount: 20)]
public class ClientOverheadBenchmarks
{
    private ClientRig _rig = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private string _orderId = null!;

    /// <summary>Rows in the order read: a typical basket, and the largest the benchmarks use.</summary>
    [Params(3, 100)]
    public int OrderRows { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _rig = await ClientRig.StartAsync();
        (_client, _bare) = (_rig.Client, _rig.Bare);
        _orderId = (await SandboxOrders.CreateAsync(_client, OrderRows)).Id;
    }

    [GlobalCleanup]
    public Task CleanUp() => _rig.DisposeAsync().AsTask();

    // Ecster's GET calls take every parameter in the query (docs/ecster-api.md §1).
    private const string MethodsPath = "paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=100000&inPerson=false";
    private static readonly PaymentMethodsQuery MethodsQuery = new() { Amount = 1_000m };
    private static readonly PaymentMethodTermsQuery TermsQuery = new() { Amount = 10_000m };

    [Benchmark(Baseline = true, Description = "Bare HttpClient: 3 reads")]
    public async Task<int> Bare()
    {
        var length = (await _bare.GetStringAsync(MethodsPath)).Length;
        length += (await _bare.GetStringAsync(TermsFromJson.PartPaymentTermsPath)).Length;
        length += (await _bare.GetStringAsync($"orders/{_orderId}")).Length;
        return length;
    }

    /// <summary>The same reads with the bodies turned into the same models by the client's own JSON rules: the work
    /// any typed caller must do, without the client's pipeline (Polly, logging, error mapping).</summary>
    [Benchmark(Description = "Bare HttpClient + the client's JSON into the same models")]
    public async Task<int> BareParsed()
    {
        var methods = EcsterJson.Deserialize<PaymentMethodList>(await _bare.GetByteArrayAsync(MethodsPath));
        var terms = EcsterJson.Deserialize<PaymentMethodTerms>(await _bare.GetByteArrayAsync(TermsFromJson.PartPaymentTermsPath));
        var order = EcsterJson.Deserialize<Order>(await _bare.GetByteArrayAsync($"orders/{_orderId}"));
        return methods.PaymentMethods.Count + terms.LocalizedTerms.Count + order.Cart!.Rows.Count;
    }

    [Benchmark(Description = "Typed client: the same 3 reads")]
    public async Task<int> Typed()
    {
        var methods = await _client.GetPaymentMethodsAsync(MethodsQuery);
        var terms = await _client.GetPaymentMethodTermsAsync(TermsQuery);
        var order = await _client.GetOrderAsync(_orderId);
        return methods.PaymentMethods.Count + terms.LocalizedTerms.Count + order.Cart!.Rows.Count;
    }
}
