using System.Net.Http.Headers;
using Ecster.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Benchmarks;

/// <summary>
/// The two sides of the client benchmarks against one out-of-process sandbox: the typed client as the plugin
/// builds it (AddEcsterClient, the factory, its Polly pipeline) and a bare HttpClient with the same headers.
/// </summary>
internal sealed class ClientRig : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientRig(SandboxProcess sandbox, ServiceProvider services, IEcsterClient client, HttpClient bare)
    {
        Sandbox = sandbox;
        _services = services;
        Client = client;
        Bare = bare;
    }

    public SandboxProcess Sandbox { get; }

    public IEcsterClient Client { get; }

    public HttpClient Bare { get; }

    public static async Task<ClientRig> StartAsync(params string[] sandboxSettings)
    {
        var sandbox = await SandboxProcess.StartAsync(sandboxSettings);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEcsterClient();
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
        return new ClientRig(sandbox, provider, client, bare);
    }

    public async ValueTask DisposeAsync()
    {
        Bare.Dispose();
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
