using BenchmarkDotNet.Attributes;
using Ecster.Client;
using Ecster.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster;

namespace Ecster.Benchmarks.Checkout;

/// <summary>
/// Issue 8: a whole checkout (BankID on this device, options, order) through the plugin's services. Baseline: the
/// same checkout against the loopback sandbox; then the plugin's own CPU, with Ecster's recorded answers replayed
/// instantly. Target: the plugin's part under 1 % of the loopback time of its Ecster calls.
/// nopCommerce's services are name-answered stubs (no Moq matching), so nearly all the time measured is the plugin's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class CheckoutBenchmarks
{
    private SandboxServer _sandbox = null!;
    private ServiceProvider _services = null!;
    private CheckoutRig _overLoopback = null!;
    private CheckoutRig _replayed = null!;
    private IEcsterClient _replaying = null!;

    /// <summary>Ecster calls one checkout made when it was recorded (printed by the setup).</summary>
    public static IReadOnlyList<string> RecordedCalls { get; private set; } = [];

    [GlobalSetup]
    public async Task SetUp()
    {
        // BankID answers at once here, so a checkout makes its minimum of calls.
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { BankIdPendingPolls = 0 });
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEcsterClient();
        _services = services.BuildServiceProvider();
        var settings = new EcsterSettings
        {
            Environment = EcsterEnvironment.Sandbox, SandboxBaseUrl = _sandbox.BaseAddress.ToString(),
            ApiKey = _sandbox.ApiKey, MerchantKey = _sandbox.MerchantKey
        };
        var client = _services.GetRequiredService<IEcsterClientFactory>().Create(new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox, SandboxBaseUrl = _sandbox.BaseAddress,
            ApiKey = _sandbox.ApiKey, MerchantKey = _sandbox.MerchantKey
        });

        _overLoopback = new CheckoutRig(client, settings);
        var (recording, recorder) = RecordedEcster.Recording(client);
        await new CheckoutRig(recording, settings).CheckoutAsync();
        RecordedCalls = recorder.Calls;
        Console.WriteLine($"// Ecster calls per checkout: {RecordedCalls.Count} ({string.Join(", ", RecordedCalls)})");

        _replaying = recorder.Replaying();
        _replayed = new CheckoutRig(_replaying, settings);
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Checkout over loopback (plugin + Ecster calls)")]
    public Task OverLoopback() => _overLoopback.CheckoutAsync();

    [Benchmark(Description = "Checkout, plugin only (Ecster answers replayed)")]
    public Task PluginOnly()
    {
        RecordedEcster.Rewind(_replaying);
        return _replayed.CheckoutAsync();
    }
}
