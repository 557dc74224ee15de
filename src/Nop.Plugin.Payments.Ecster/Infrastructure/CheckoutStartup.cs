using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>Registrations of one feature area: The shopper's checkout: BankID identification, options, order placement (issue 5). nopCommerce runs every INopStartup it finds.</summary>
public class CheckoutStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // Shared across requests: per-customer state, the rate limiter's windows and the notes awaiting their order.
        services.AddSingleton<CheckoutStateStore>();
        services.AddSingleton<CheckoutRateLimiter>();
        services.AddSingleton<CheckoutJournal>();

        services.AddScoped<CheckoutTexts>();
        services.AddScoped<ShopperContextResolver>();
        services.AddScoped<CartTexts>();
        services.AddScoped<ShopperSekRate>();
        services.AddScoped<ICartLineSource<CheckoutCart>, CheckoutCartLines>();
        services.AddScoped<CheckoutFlow>();
        services.AddScoped<EcsterOrderPlacer>();
        services.AddScoped<ICheckoutPayments, CheckoutPayments>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
