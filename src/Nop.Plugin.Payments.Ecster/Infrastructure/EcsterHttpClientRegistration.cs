using Ecster.Client;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Web.Framework.Infrastructure.Extensions;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>
/// The Ecster client's HttpClient on nopCommerce's terms, as nopCommerce's own plugins register theirs: through the
/// store's proxy settings (<c>WithProxy()</c>), with a User-Agent naming the store's and the plugin's versions so
/// Ecster can tell which integration sent a call.
/// </summary>
public static class EcsterHttpClientRegistration
{
    /// <summary>For example <c>nopCommerce/4.90.3 Nop.Plugin.Payments.Ecster/1.0.0</c>.</summary>
    public static string UserAgent { get; } = BuildUserAgent();

    public static void AddEcsterHttpClient(this IServiceCollection services)
    {
        services.AddEcsterClient()
            .ConfigureHttpClient(http => http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent))
            // Last: it sets the primary handler (and returns nothing).
            .WithProxy();
    }

    private static string BuildUserAgent()
    {
        // NopVersion's fields are constants, which the compiler copies into this assembly: read the running store's.
        var store = typeof(NopVersion).GetField(nameof(NopVersion.FULL_VERSION))?.GetRawConstantValue() as string
                    ?? NopVersion.FULL_VERSION;
        var plugin = typeof(EcsterHttpClientRegistration).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return $"nopCommerce/{store} Nop.Plugin.Payments.Ecster/{plugin}";
    }
}
