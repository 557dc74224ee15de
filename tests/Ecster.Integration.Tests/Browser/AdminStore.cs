using Ecster.Integration.Tests.BackOffice;
using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Payments.Ecster.Components.Admin;
using Nop.Services.Logging;
using Nop.Web.Framework.Models;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The admin order page of a store with the plugin's Ecster panel in its order-details zone: the plugin's real view
/// component (its ledger, Ecster read through the sandbox) and view, inside the order form with the page's antiforgery
/// token, as nopCommerce's admin renders it. The panel's action URLs come from the admin area's route.
/// </summary>
internal static class AdminStore
{
    public const string Token = "antiforgery-token-1";

    private sealed record OrderModelStandIn : BaseNopEntityModel;

    public static string OrderPage(int orderId) => $"Admin/Order/Edit/{orderId}";

    public static Task<StoreHost> StartAsync(BackOfficeHarness harness) =>
        StoreHost.StartAsync(new StoreOptions(), PluginViewFolder.ForRendering(), services =>
        {
            // A store activates view components from its container: the panel's services as the back-office harness wires them.
            services.AddSingleton(harness.Clients);
            services.AddScoped(_ => harness.NewLedger());
            services.AddScoped(_ => harness.NewConsents());
            services.AddSingleton(harness.Orders.Object);
            services.AddSingleton(harness.NewTexts());
            services.AddSingleton(Mock.Of<ILogger>());
        }, app =>
        {
            app.MapControllerRoute("areaRoute", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
            app.MapGet("/Admin/Order/Edit/{id:int}", async Task<IResult> (HttpContext http, int id) =>
            {
                var panel = await StorePages.ComponentAsync(http, typeof(OrderPanelViewComponent),
                    new { widgetZone = "admin_order_details_block", additionalData = new OrderModelStandIn { Id = id } });
                var body = $"""
                    <div class="content-header"><h1>Edit order details - {id}</h1></div>
                    <form method="post" id="order-form">
                      <input name="__RequestVerificationToken" type="hidden" value="{Token}" />
                      {panel}
                    </form>
                    """;
                return Results.Content(StorePages.Page(http, body, "Order", admin: true), "text/html");
            });
        });
}
