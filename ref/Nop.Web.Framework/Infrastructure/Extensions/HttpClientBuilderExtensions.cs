// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Infrastructure/Extensions/HttpClientBuilderExtensions.cs
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Web.Framework.Infrastructure.Extensions;

public static class HttpClientBuilderExtensions
{
    // Does nothing here (see ../README.md): the store's own sets the proxy from ProxySettings. Not throwing lets the
    // plugin's startup run in tests.
    public static void WithProxy(this IHttpClientBuilder httpClientBuilder)
    {
    }
}
