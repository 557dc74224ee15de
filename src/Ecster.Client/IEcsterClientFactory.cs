namespace Ecster.Client;

/// <summary>Makes a client for one store's settings. Registered by <c>services.AddEcsterClient()</c>.</summary>
public interface IEcsterClientFactory
{
    /// <summary>
    /// A client using the shared, resilient named HttpClient. Cheap: create one per use (or per request scope)
    /// rather than keeping it for the application's life, so HttpClientFactory can rotate connections.
    /// </summary>
    /// <exception cref="ArgumentException">The options are incomplete.</exception>
    IEcsterClient Create(EcsterClientOptions options);
}
