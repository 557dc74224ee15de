using Microsoft.Extensions.Logging;

namespace Ecster.Client;

/// <inheritdoc />
internal sealed class EcsterClientFactory(IHttpClientFactory httpClientFactory, ILogger<EcsterClient> logger) : IEcsterClientFactory
{
    /// <summary>The name of the HttpClient that carries the Polly policies.</summary>
    public const string HttpClientName = "Ecster";

    public IEcsterClient Create(EcsterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var http = httpClientFactory.CreateClient(HttpClientName);
        // The overall limit of a call, all tries and waits included: HttpClient arms this timer on every call anyway,
        // so it costs nothing over an unlimited client (each CreateClient is a new HttpClient, so stores differ).
        http.Timeout = options.OverallTimeout;
        return new EcsterClient(http, options, logger);
    }
}
