using Ecster.Integration.Tests.Checkout;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Localization;

using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// A minimal web host standing in for the store around the payment step: the plugin's real checkout controller and
/// routes, ASP.NET Core's antiforgery, the plugin's Content folder, and the payment-info view rendered from its
/// .cshtml with a real token. Behind the controller: the plugin's checkout services against the sandbox.
/// </summary>
internal sealed class CheckoutPageHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CheckoutPageHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Exceptions behind the endpoints, for a failing test to show.</summary>
    public static System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

    public Uri PageUrl => new(Address, "checkout/payment-info");

    public static async Task<CheckoutPageHost> StartAsync(CheckoutHarness harness, bool staffSale = false)
    {
        var english = EcsterLocaleResources.ForCulture("en-US");
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => english.TryGetValue(key, out var t) ? t : key);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAntiforgery();
        builder.Services.AddControllersWithViews().AddApplicationPart(typeof(EcsterCheckoutController).Assembly);
        builder.Services.AddSingleton(harness.Flow);
        builder.Services.AddSingleton(harness.Shoppers);
        builder.Services.AddSingleton(new CheckoutRateLimiter());
        builder.Services.AddSingleton(Mock.Of<Nop.Core.IWebHelper>(w => w.GetCurrentIpAddress() == "127.0.0.1"));
        builder.Services.AddSingleton(new CheckoutTexts(localization.Object));
        var app = builder.Build();

        // A failure behind an endpoint shows in the test's output instead of as a bare 500.
        app.Use(async (context, next) =>
        {
            try
            {
                await next();
            }
            catch (Exception error)
            {
                Errors.Enqueue($"{context.Request.Path}: {error}");
                throw;
            }
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(RepoPaths.Combine("Content")),
            RequestPath = "/Plugins/Payments.Ecster/Content"
        });
        app.UseRouting();
        new RouteProvider().RegisterRoutes(app);
        app.MapGet("/checkout/payment-info", (HttpContext context, IAntiforgery antiforgery, LinkGenerator links) =>
        {
            string Url(string route) => links.GetPathByRouteValues(context, route, null) ?? throw new InvalidOperationException(route);
            var model = new Dictionary<string, object>
            {
                ["token"] = antiforgery.GetAndStoreTokens(context).RequestToken!,
                ["StartUrl"] = Url(EcsterDefaults.Routes.StartRouteName),
                ["CollectUrl"] = Url(EcsterDefaults.Routes.CollectRouteName),
                ["QrUrl"] = Url(EcsterDefaults.Routes.QrRouteName),
                ["CancelUrl"] = Url(EcsterDefaults.Routes.CancelRouteName),
                ["OptionsUrl"] = Url(EcsterDefaults.Routes.OptionsRouteName),
                ["IdDocumentUrl"] = Url(EcsterDefaults.Routes.IdDocumentRouteName),
                ["ResumeWithOptions"] = false,
                ["IsStaffSale"] = staffSale
            };
            var body = ViewStripper.Render(RepoPaths.Combine("Views", "Public", "PaymentInfo.cshtml"), english, model);
            return Results.Content($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Payment information</title></head><body><form id=\"co-payment-info-form\">{body}</form></body></html>", "text/html");
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CheckoutPageHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
