using Ecster.Client.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ecster.Client;

/// <summary>Registration of the Ecster client in a host's service collection.</summary>
public static class EcsterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEcsterClientFactory"/> and the named HttpClient with one Polly policy handler that picks,
    /// per request, retries, the host's circuit breaker and the per-try timeout (<see cref="EcsterPolicies"/>); the
    /// overall timeout is the HttpClient's own. Safe to call more than once.
    /// </summary>
    /// <returns>The HttpClient's builder, e.g. to set a primary handler (a proxy, or a fake in tests) or headers.</returns>
    public static IHttpClientBuilder AddEcsterClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // A second call must not stack a second policy handler on the same named client.
        if (services.Any(d => d.ServiceType == typeof(Registered)))
            return services.AddHttpClient(EcsterClientFactory.HttpClientName);

        services.AddSingleton<Registered>();
        services.TryAddSingleton<EcsterPolicies>();
        services.TryAddSingleton<IEcsterClientFactory, EcsterClientFactory>();

        return services
            .AddHttpClient(EcsterClientFactory.HttpClientName, client =>
            {
                // The factory gives each store's client its overall timeout; until then nothing cuts across the tries'.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddPolicyHandler((provider, request) => provider.GetRequiredService<EcsterPolicies>().For(request))
            // The client writes one line per call itself (operation, status, time, request id); the factory's own
            // two loggers would repeat it at a cost on every call. Should a host add them back, they must never
            // show x-api-key or x-merchant-key.
            .RemoveAllLoggers()
            .RedactLoggedHeaders(_ => true);
    }

    /// <summary>Marks the collection as holding the Ecster client's registrations.</summary>
    private sealed class Registered;
}
