using System.Net.Http.Headers;
using Ecster.Benchmarks.Measuring;
using Ecster.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecster.Benchmarks;

/// <summary>
/// The two sides of the client benchmarks against one out-of-process sandbox: the typed client as the plugin
/// builds it (AddEcsterClient, the factory, its Polly policies) and a bare HttpClient with the same headers.
/// With a latency, both ask the sandbox to answer every call that much later (its <c>latency=</c> fault), as a
/// real Ecster over a real network would.
/// </summary>
internal sealed class ClientRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientRig(SandboxProcess sandbox, ServiceProvider services, IEcsterClient client, HttpClient bare, WarningCounter warnings)
    {
        Warnings = warnings;
        Sandbox = sandbox;
        _services = services;
        Client = client;
        Bare = bare;
    }

    public SandboxProcess Sandbox { get; }

    public IEcsterClient Client { get; }

    public HttpClient Bare { get; }

    /// <summary>Warnings the typed client logged (its retries among them).</summary>
    public WarningCounter Warnings { get; }

    /// <summary>What Ecster's answer takes over a real network, for the benchmarks' targets.</summary>
    public const int RealisticLatencyMs = 20;

    public static async Task<ClientRig> StartAsync(int latencyMs, params string[] sandboxSettings)
    {
        var sandbox = await SandboxProcess.StartAsync(sandboxSettings);
        var services = new ServiceCollection();
        var warnings = new WarningCounter();
        services.AddLogging(logging => logging.AddProvider(warnings));
        services.AddEcsterClient().ConfigureHttpClient(http => AddLatency(http, latencyMs));
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IEcsterClientFactory>().Create(new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox,
            SandboxBaseUrl = sandbox.BaseAddress,
            ApiKey = sandbox.ApiKey,
            MerchantKey = sandbox.MerchantKey
        });

        var bare = new HttpClient { BaseAddress = sandbox.ApiBaseAddress };
        bare.DefaultRequestHeaders.Add("x-api-key", sandbox.ApiKey);
        bare.DefaultRequestHeaders.Add("x-merchant-key", sandbox.MerchantKey);
        bare.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        AddLatency(bare, latencyMs);
        return new ClientRig(sandbox, provider, client, bare, warnings);
    }

    private static void AddLatency(HttpClient http, int latencyMs)
    {
        if (latencyMs > 0)
            http.DefaultRequestHeaders.Add("x-sandbox-fault", $"latency={latencyMs}");
    }

    public async ValueTask DisposeAsync()
    {
        Bare.Dispose();
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
