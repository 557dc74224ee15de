using Ecster.Client;
using Nop.Services.Configuration;

namespace Nop.Plugin.Payments.Ecster.Services.Api;

/// <summary>
/// The Ecster client for one store, built from that store's settings (each store may have its own merchant
/// account). The only place plugin settings turn into client options.
/// </summary>
public class EcsterClientProvider : IStoreEcsterClients
{
    private readonly IEcsterClientFactory _clientFactory;
    private readonly ISettingService _settingService;

    public EcsterClientProvider(IEcsterClientFactory clientFactory, ISettingService settingService)
    {
        _clientFactory = clientFactory;
        _settingService = settingService;
    }

    /// <summary>The store's client, or null while the store has no keys (the method then stays hidden).</summary>
    public async Task<IEcsterClient?> ForStoreAsync(int storeId)
    {
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(storeId);
        return ForSettings(settings);
    }

    /// <summary>A client for settings not saved yet, e.g. the admin's "Test connection" on the form's values.</summary>
    public IEcsterClient? ForSettings(EcsterSettings settings)
    {
        if (!IsConfigured(settings))
            return null;

        return _clientFactory.Create(new EcsterClientOptions
        {
            Environment = settings.Environment,
            SandboxBaseUrl = Uri.TryCreate(settings.SandboxBaseUrl, UriKind.Absolute, out var sandbox) ? sandbox : EcsterClientOptions.DefaultSandboxBaseUrl,
            ApiKey = settings.ApiKey,
            MerchantKey = settings.MerchantKey
        });
    }

    public static bool IsConfigured(EcsterSettings settings) =>
        !string.IsNullOrWhiteSpace(settings.ApiKey) && !string.IsNullOrWhiteSpace(settings.MerchantKey);
}
