using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>
/// The plugin's public endpoints: the terms view, Ecster's notifications and the payment step's calls. The admin
/// configuration page and order panel use nopCommerce's admin area route.
/// </summary>
public class RouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: EcsterDefaults.Routes.TermsRouteName,
            pattern: EcsterDefaults.Routes.TermsPath,
            defaults: new { controller = "EcsterTerms", action = "Terms" });

        endpointRouteBuilder.MapControllerRoute(name: EcsterDefaults.Routes.NotificationRouteName,
            pattern: EcsterDefaults.Routes.NotificationPath,
            defaults: new { controller = "EcsterNotification", action = "Notification" });

        MapCheckout(endpointRouteBuilder, EcsterDefaults.Routes.StartRouteName, "Start");
        MapCheckout(endpointRouteBuilder, EcsterDefaults.Routes.CollectRouteName, "Collect");
        MapCheckout(endpointRouteBuilder, EcsterDefaults.Routes.CancelRouteName, "Cancel");
        MapCheckout(endpointRouteBuilder, EcsterDefaults.Routes.DocumentRouteName, "Document");
        MapCheckout(endpointRouteBuilder, EcsterDefaults.Routes.OptionsRouteName, "Options");
    }

    private static void MapCheckout(IEndpointRouteBuilder routes, string name, string action) =>
        routes.MapControllerRoute(name: name, pattern: EcsterDefaults.Routes.CheckoutPathPrefix + action,
            defaults: new { controller = "EcsterCheckout", action });

    public int Priority => 0;
}
