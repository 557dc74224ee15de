using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>The public endpoint Ecster posts order event notifications to. The admin panel's actions use the admin area route.</summary>
public class BackOfficeRouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: EcsterDefaults.NotificationRouteName,
            pattern: EcsterDefaults.NotificationPath,
            defaults: new { controller = "EcsterNotification", action = "Notification" });
    }

    public int Priority => 0;
}
