using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Plugin.Payments.Ecster.Services.Availability;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>Registrations of one feature area: The admin configuration page and whether the method is offered (issue 5). nopCommerce runs every INopStartup it finds.</summary>
public class AdminStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // One answer per store shared by every request: a singleton holding no request services.
        services.AddSingleton<PaymentMethodsCache>();
        services.AddScoped<IPaymentAvailability, EcsterAvailability>();

        services.AddScoped<ConnectionTester>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
