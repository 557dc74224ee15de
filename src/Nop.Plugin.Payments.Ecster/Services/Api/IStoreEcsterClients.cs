using Ecster.Client;

namespace Nop.Plugin.Payments.Ecster.Services.Api;

/// <summary>The Ecster client of a store; null while that store has no keys.</summary>
public interface IStoreEcsterClients
{
    Task<IEcsterClient?> ForStoreAsync(int storeId);
}
