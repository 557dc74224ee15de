using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Tests;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Services.Configuration;

namespace Ecster.Integration.Tests.Admin;

/// <summary>
/// The plugin's own registrations (NopStartup: the real client factory, provider, cache and
/// tester), with the store's settings served by a mocked ISettingService.
/// </summary>
internal static class PluginServices
{
    public static ServiceProvider Build(Mock<ISettingService> settingService, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var configuration = new ConfigurationBuilder().Build();
        new NopStartup().ConfigureServices(services, configuration);
        services.AddSingleton(settingService.Object);
        services.AddSingleton<Nop.Core.Caching.IStaticCacheManager, MemoryStaticCache>();
        services.AddSingleton(new Mock<Nop.Services.Logging.ILogger>().Object);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static EcsterSettings SandboxSettings(SandboxFixture fixture) => new()
    {
        Environment = Client.EcsterEnvironment.Sandbox,
        SandboxBaseUrl = fixture.Sandbox.BaseAddress.ToString(),
        ApiKey = fixture.Sandbox.ApiKey,
        MerchantKey = fixture.Sandbox.MerchantKey
    };
}
