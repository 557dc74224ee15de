using Microsoft.Extensions.Logging;

namespace Ecster.Client;

/// <inheritdoc />
internal sealed class EcsterClientFactory(IHttpClientFactory httpClientFactory, ILogger<EcsterClient> logger) : IEcsterClientFactory
{
    /// <summary>The name of the HttpClient that carries the Polly handlers.</summary>
    public const string HttpClientName = "Ecster";

    public IEcsterClient Create(EcsterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new EcsterClient(httpClientFactory.CreateClient(HttpClientName), options, logger);
    }
}
