using Ecster.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services.Widget;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>
/// Registers the plugin's services with nopCommerce's container (Autofac, fed from this service collection).
/// Lifetimes follow what each service holds: per-request services scoped, shared caches singletons.
/// </summary>
public class NopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddEcsterHttpClient();

        services.AddScoped<EcsterClientProvider>();

        services.AddSingleton<TermsCache>();
        services.AddScoped<ITermsSource, EcsterTermsSource>();
        services.AddScoped<WidgetPriceResolver>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>After nopCommerce's own startups (which register the services ours depend on).</summary>
    public int Order => 3000;
}
