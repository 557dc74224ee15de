using Ecster.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Ecster.Client;

/// <summary>Registration of the Ecster client in a host's service collection.</summary>
public static class EcsterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEcsterClientFactory"/> and the named HttpClient with its handlers: retries
    /// (<see cref="EcsterRetryHandler"/>), then each try's circuit breaker and per-try timeout
    /// (<see cref="EcsterTryHandler"/>); the overall timeout is
    /// the HttpClient's own. Safe to call more than once.
    /// </summary>
    /// <returns>The HttpClient's builder, e.g. to set a primary handler (a proxy, or a fake in tests).</returns>
    public static IHttpClientBuilder AddEcsterClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // A second call must not stack a second set of handlers on the same named client.
        if (services.Any(d => d.ServiceType == typeof(EcsterCircuitBreakers)))
            return services.AddHttpClient(EcsterClientFactory.HttpClientName);

        services.TryAddSingleton<EcsterCircuitBreakers>();
        services.TryAddSingleton<IEcsterClientFactory, EcsterClientFactory>();

        return services
            .AddHttpClient(EcsterClientFactory.HttpClientName, client =>
            {
                // The factory gives each store's client its overall timeout; until then nothing cuts across the tries'.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // Outermost first: retries, then each try through the breaker and the per-try timeout.
            .AddHttpMessageHandler(provider => new EcsterRetryHandler(provider.GetRequiredService<ILogger<EcsterClient>>()))
            .AddHttpMessageHandler(provider => new EcsterTryHandler(provider.GetRequiredService<EcsterCircuitBreakers>()))
            // The client writes one line per call itself (operation, status, time, request id); the factory's own
            // two loggers would repeat it at a cost on every call. Should a host add them back, they must never
            // show x-api-key or x-merchant-key.
            .RemoveAllLoggers()
            .RedactLoggedHeaders(_ => true);
    }
}
