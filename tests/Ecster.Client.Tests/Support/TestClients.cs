using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecster.Client.Tests.Support;

/// <summary>Builds clients the way the plugin does: AddEcsterClient(), the factory, the real retry and per-try handlers.</summary>
public static class TestClients
{
    public const string ApiKey = "test-api-key-7f3a9c";
    public const string MerchantKey = "test-merchant-key-2b8e41";
    public const string SandboxUrl = "http://127.0.0.1:5999";

    public static EcsterClientOptions Options(Action<EcsterClientOptions>? configure = null)
    {
        var options = new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox,
            SandboxBaseUrl = new Uri(SandboxUrl),
            ApiKey = ApiKey,
            MerchantKey = MerchantKey,
            // Fast backoff so retry tests take milliseconds; the timeouts stay generous unless a test says so.
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            RetryAfterCap = TimeSpan.FromSeconds(2)
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client through DI and the client's handlers, with <paramref name="handler"/> as the primary handler.</summary>
    public static IEcsterClient Create(
        FakeEcsterHandler handler,
        Action<EcsterClientOptions>? configure = null,
        CapturingLoggerProvider? logs = null) =>
        CreateProvider(handler, logs).GetRequiredService<IEcsterClientFactory>().Create(Options(configure));

    public static ServiceProvider CreateProvider(FakeEcsterHandler handler, CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                builder.AddProvider(logs);
        });
        services.AddEcsterClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider();
    }
}
