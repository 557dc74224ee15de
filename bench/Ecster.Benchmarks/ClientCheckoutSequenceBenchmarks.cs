using System.Text;
using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Client.Models;
using Ecster.Client.Serialization;

namespace Ecster.Benchmarks;

/// <summary>
/// The typed client against a bare HttpClient on the sequence of calls the plugin makes for one checkout (BankID
/// start, collect, ticket, payment options, create order with a 3-row cart), against the sandbox in its own process
/// answering each call after a realistic 20 ms, with BankID answering at the first collect. The bare client sends the
/// same bodies (<see cref="ClientSequences"/>): it parses nothing. Target: the typed client keeps at least 0.98x the bare client's throughput.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ClientCheckoutSequenceBenchmarks
{
    private ClientRig _rig = null!;
    private IEcsterClient _client = null!;
    private HttpClient _bare = null!;
    private Cart _cart = null!;
    private string _cartJson = null!;

    /// <summary>Milliseconds the sandbox waits before each answer.</summary>
    [Params(ClientRig.RealisticLatencyMs)]
    public int LatencyMs { get; set; }

    [GlobalSetup]
    public async Task SetUp()
    {
        _rig = await ClientRig.StartAsync(LatencyMs, "--Sandbox:BankIdPendingPolls=0");
        (_client, _bare) = (_rig.Client, _rig.Bare);
        _cart = SandboxOrders.LargeCart(3);
        _cartJson = Encoding.UTF8.GetString(EcsterJson.Serialize(_cart));

        // Both sequences must really place an order, or the comparison is of two different things.
        if (await Bare() == 0 || await Typed() == 0)
            throw new InvalidOperationException("A checkout sequence placed no order.");
    }

    [GlobalCleanup]
    public Task CleanUp() => _rig.DisposeAsync().AsTask();

    [Benchmark(Baseline = true, Description = "Bare HttpClient: checkout's 5 calls")]
    public Task<int> Bare() => ClientSequences.BareCheckoutAsync(_bare, _cart.Amount, _cartJson);

    [Benchmark(Description = "Typed client: the same 5 calls")]
    public async Task<int> Typed() => (await SandboxOrders.CreateAsync(_client, _cart)).Id.Length;
}
