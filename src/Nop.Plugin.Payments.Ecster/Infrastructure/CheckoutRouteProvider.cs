using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Payments.Ecster.Infrastructure;

/// <summary>The payment step's endpoints, called by Content/ecster-checkout.js.</summary>
public class CheckoutRouteProvider : IRouteProvider
{
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.StartRouteName, "Start");
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.CollectRouteName, "Collect");
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.QrRouteName, "Qr");
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.CancelRouteName, "Cancel");
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.IdDocumentRouteName, "IdDocument");
        Map(endpointRouteBuilder, EcsterDefaults.Checkout.OptionsRouteName, "Options");
    }

    private static void Map(IEndpointRouteBuilder routes, string name, string action) =>
        routes.MapControllerRoute(name: name, pattern: $"Plugins/PaymentEcster/Checkout/{action}",
            defaults: new { controller = "EcsterCheckout", action });

    public int Priority => 0;
}
