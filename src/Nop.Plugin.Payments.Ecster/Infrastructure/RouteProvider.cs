using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>The plugin's public endpoints. The admin configuration page uses nopCommerce's admin area route.</summary>
public class RouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: EcsterDefaults.TermsRouteName,
            pattern: "Plugins/PaymentEcster/Terms",
            defaults: new { controller = "EcsterTerms", action = "Terms" });
    }

    public int Priority => 0;
}
