using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>Registrations of one feature area: The shopper's checkout: BankID identification, options, order placement (issue 5). nopCommerce runs every INopStartup it finds.</summary>
public class CheckoutStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ICheckoutPayments, CheckoutNotBuilt>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
