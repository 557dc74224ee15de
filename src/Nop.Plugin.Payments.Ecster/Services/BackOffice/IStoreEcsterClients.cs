using Ecster.Client;
using Nop.Plugin.Payments.Ecster.Services.Api;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>The Ecster client of the store an order belongs to; null while that store has no keys.</summary>
public interface IStoreEcsterClients
{
    Task<IEcsterClient?> ForStoreAsync(int storeId);
}

/// <summary>The store's client as configured on the plugin's settings page.</summary>
public class StoreEcsterClients : IStoreEcsterClients
{
    private readonly EcsterClientProvider _provider;

    public StoreEcsterClients(EcsterClientProvider provider) => _provider = provider;

    public Task<IEcsterClient?> ForStoreAsync(int storeId) => _provider.ForStoreAsync(storeId);
}
