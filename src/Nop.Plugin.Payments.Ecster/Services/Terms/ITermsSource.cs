namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>Where a store's terms come from (Ecster, through the client). Scoped: it reads the store's settings.</summary>
public interface ITermsSource
{
    /// <summary>The store's current terms, or null when the store is not configured for Ecster.</summary>
    Task<TermsSnapshot?> FetchAsync(int storeId, CancellationToken cancellationToken = default);
}
