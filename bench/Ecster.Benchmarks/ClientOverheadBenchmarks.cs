using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Benchmarks;

/// <summary>
/// What the typed client adds over a bare HttpClient doing the same requests against the sandbox answering after a
/// realistic 20 ms (Polly policies, logging, typed JSON). Target: the client keeps at least 0.98x the bare
/// throughput. The sandbox runs as its own process here (see <see cref="SandboxProcess"/>).
/// Each benchmark is one sequence of three reads: payment methods, terms, one order (of 3 or 100 rows).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ClientOverheadBenchmarks
{
    private ClientRig _rig = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private string _orderId = null!;

    /// <summary>Rows in the order read: a typical basket, and the largest the benchmarks use.</summary>
    [Params(3, 100)]
    public int OrderRows { get; set; }

    /// <summary>Milliseconds the sandbox waits before each answer.</summary>
    [Params(ClientRig.RealisticLatencyMs)]
    public int LatencyMs { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _rig = await ClientRig.StartAsync(LatencyMs);
        (_client, _bare) = (_rig.Client, _rig.Bare);
        _orderId = (await SandboxOrders.CreateAsync(_client, OrderRows)).Id;
    }

    [GlobalCleanup]
    public Task CleanUp() => _rig.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "Bare HttpClient: 3 reads")]
    public Task<int> Bare() => ClientSequences.BareReadsAsync(_bare, _orderId);

    /// <summary>The same reads with the bodies turned into the same models by the client's own JSON rules: the work
    /// any typed caller must do, without the client's pipeline (Polly, logging, error mapping).</summary>
    [Benchmark(Description = "Bare HttpClient + the client's JSON into the same models")]
    public async Task<int> BareParsed()
    {
        var methods = EcsterJson.Deserialize<PaymentMethodList>(await _bare.GetByteArrayAsync(ClientSequences.MethodsPath));
        var terms = EcsterJson.Deserialize<PaymentMethodTerms>(await _bare.GetByteArrayAsync(TermsFromJson.PartPaymentTermsPath));
        var order = EcsterJson.Deserialize<Order>(await _bare.GetByteArrayAsync($"orders/{_orderId}"));
        return methods.PaymentMethods.Count + terms.LocalizedTerms.Count + order.Transactions.Count;
    }

    [Benchmark(Description = "Typed client: the same 3 reads")]
    public Task<int> Typed() => ClientSequences.TypedReadsAsync(_client, _orderId);
}
