using Ecster.Integration.Tests.Browser.Host;
using Ecster.Integration.Tests.Checkout;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Payments.Ecster.Components.Public;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Web.Framework.UI;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The store's checkout around the plugin's payment step: the plugin's real view component, view, controller and
/// checkout services (against the sandbox, through <see cref="CheckoutHarness"/>), on both of nopCommerce's checkouts:
/// the one-page checkout, which loads the step by AJAX and inserts it with jQuery's .html() as
/// public.onepagecheckout.js does, and the multi-page checkout, which renders it with the page.
/// </summary>
internal static class CheckoutStore
{
    public const string OnePageCheckout = "checkout/onepage";
    public const string MultiPageCheckout = "checkout/paymentinfo";
    public const string OnePageStep = "checkout/opc-payment-info";

    public static Task<StoreHost> StartAsync(CheckoutHarness harness, StoreOptions? options = null) =>
        StoreHost.StartAsync(options ?? new StoreOptions(), PluginViewFolder.ForRendering(), services =>
        {
            services.AddSingleton(harness.Flow);
            services.AddSingleton(harness.Shoppers);
            services.AddSingleton(harness.States);
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton(new CheckoutRateLimiter());
            // The controller limits requests per address too; the shopper's address as nopCommerce's web helper reads it.
            services.AddSingleton(Moq.Mock.Of<Nop.Core.IWebHelper>(w => w.GetCurrentIpAddress() == "127.0.0.1"));
            services.AddSingleton(sp => new CheckoutTexts(StoreHost.Localization("en-US")));
        }, app =>
        {
            new RouteProvider().RegisterRoutes(app);
            app.MapGet("/" + MultiPageCheckout, async Task<IResult> (HttpContext http) =>
            {
                var step = await StorePages.ComponentAsync(http, typeof(PaymentInfoViewComponent));
                return Html(StorePages.Page(http, Checkout($"<form id=\"co-payment-info-form\">{step}</form>"), "Checkout"));
            });
            app.MapGet("/" + OnePageCheckout, IResult (HttpContext http) =>
            {
                // public.onepagecheckout.js: the step's HTML comes as update_section and goes in with jQuery's .html().
                http.RequestServices.GetRequiredService<INopHtmlHelper>().AddInlineScriptParts(ResourceLocation.Footer, $$"""
                    <script>
                      $(function () {
                        $.ajax({ cache: false, url: '/{{OnePageStep}}', type: 'POST' }).done(function (response) {
                          if (response.update_section)
                            $('#checkout-' + response.update_section.name + '-load').html(response.update_section.html);
                        });
                      });
                    </script>
                    """);
                return Html(StorePages.Page(http, Checkout("<form id=\"co-payment-info-form\"><div id=\"checkout-payment-info-load\"></div></form>"), "Checkout"));
            });
            app.MapPost("/" + OnePageStep, async Task<IResult> (HttpContext http) =>
                Results.Json(new { update_section = new { name = "payment-info", html = await StorePages.ComponentAsync(http, typeof(PaymentInfoViewComponent)) } }));
        });

    private static string Checkout(string step) => $"""
        <div class="page checkout-page">
          <div class="page-title"><h1>Checkout</h1></div>
          <div class="step-title">Payment information</div>
          {step}
          <div class="buttons"><button type="button" class="button-1 payment-info-next-step-button">Continue</button></div>
        </div>
        """;

    private static IResult Html(string page) => Results.Content(page, "text/html");
}
