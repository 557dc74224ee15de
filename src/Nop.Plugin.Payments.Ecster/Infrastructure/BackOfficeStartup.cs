using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>Registrations of one feature area: Capture, refund, void, order events, in-store consent and Ecster notifications (issue 6). nopCommerce runs every INopStartup it finds.</summary>
public class BackOfficeStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IMoneyMovements, MoneyMovementsNotBuilt>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    public int Order => 3000;
}
