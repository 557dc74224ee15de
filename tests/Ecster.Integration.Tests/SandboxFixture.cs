using Ecster.Client;
using Ecster.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecster.Integration.Tests;

/// <summary>A sandbox on a free loopback port and a client built the way the plugin builds it (AddEcsterClient).</summary>
internal sealed class SandboxFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SandboxFixture(SandboxServer sandbox, ServiceProvider services)
    {
        Sandbox = sandbox;
        _services = services;
    }

    public SandboxServer Sandbox { get; }

    public IEcsterClientFactory Factory => _services.GetRequiredService<IEcsterClientFactory>();

    /// <param name="logs">Receives everything the client logs, for tests that read the logs (secrets must not be there).</param>
    /// <summary>The store's notification secret, which the sandbox sends as the merchant's custom header.</summary>
    public const string NotificationSecret = "fixture-notification-secret-0123456789";

    public static async Task<SandboxFixture> StartAsync(SandboxOptions? options = null, ILoggerProvider? logs = null)
    {
        options ??= new SandboxOptions();
        options.NotificationHeaderName ??= Nop.Plugin.Payments.Ecster.EcsterDefaults.Routes.NotificationHeaderName;
        options.NotificationHeaderValue ??= NotificationSecret;
        var sandbox = await SandboxServer.StartAsync(options);
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            if (logs is null)
                return;
            builder.AddProvider(logs);
            builder.SetMinimumLevel(LogLevel.Trace);
        });
        services.AddEcsterClient();
        return new SandboxFixture(sandbox, services.BuildServiceProvider());
    }

    public EcsterClientOptions Options(Action<EcsterClientOptions>? configure = null)
    {
        var options = new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox,
            SandboxBaseUrl = Sandbox.BaseAddress,
            ApiKey = Sandbox.ApiKey,
            MerchantKey = Sandbox.MerchantKey,
            // Short waits keep fault tests quick; the policies are the production ones.
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            PerTryTimeout = TimeSpan.FromSeconds(5),
            OverallTimeout = TimeSpan.FromSeconds(20)
        };
        configure?.Invoke(options);
        return options;
    }

    public IEcsterClient Client(Action<EcsterClientOptions>? configure = null) => Factory.Create(Options(configure));

    /// <summary>A store's plugin settings pointing at this sandbox, as the admin would save them.</summary>
    public Nop.Plugin.Payments.Ecster.EcsterSettings StoreSettings() => new()
    {
        Environment = EcsterEnvironment.Sandbox,
        SandboxBaseUrl = Sandbox.BaseAddress.ToString(),
        ApiKey = Sandbox.ApiKey,
        MerchantKey = Sandbox.MerchantKey,
        NotificationSecret = NotificationSecret
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
