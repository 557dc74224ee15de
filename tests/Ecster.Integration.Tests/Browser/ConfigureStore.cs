using System.Reflection;
using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Ecster.Client;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Configuration;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Filters;

namespace Ecster.Integration.Tests.Browser;

/// <summary>Stands in for Nop.Web's StoreScopeConfigurationViewComponent, which the page invokes by name (public and
/// top-level, as MVC finds view components).</summary>
public sealed class StoreScopeConfigurationViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => Content(string.Empty);
}

/// <summary>
/// The plugin's configuration page (Admin/PaymentEcster/Configure) served by the plugin's real controller through the
/// store's MVC pipeline: routing in the admin area, antiforgery, model binding with FluentValidation's automatic
/// validation (StoreHost registers it as nopCommerce does), and the plugin's Configure view, for a signed-in admin. The admin's layout and
/// nopCommerce's store-scope selector are empty stand-ins; the settings are a mocked ISettingService for scope 0.
/// </summary>
internal static class ConfigureStore
{
    public const string ConfigurePage = "Admin/PaymentEcster/Configure";
    public const string TestConnectionAction = "Admin/PaymentEcster/TestConnection";

    /// <summary>An application part of only the given types: the stand-in component without this assembly's other types.</summary>
    private sealed class TypesPart(params Type[] types) : ApplicationPart, IApplicationPartTypeProvider
    {
        public override string Name => "Test store stand-ins";

        public IEnumerable<TypeInfo> Types => types.Select(t => t.GetTypeInfo());
    }

    /// <summary>
    /// The admin is signed in with the payment-method permission: nopCommerce's admin and permission filters (whose
    /// ref/ stand-ins have no body) are taken off the page's actions, everything else in the pipeline stays.
    /// </summary>
    private sealed class SignedInAdmin : IControllerModelConvention
    {
        public void Apply(ControllerModel controller)
        {
            Remove(controller.Filters);
            foreach (var action in controller.Actions)
                Remove(action.Filters);
        }

        private static void Remove(IList<IFilterMetadata> filters)
        {
            foreach (var filter in filters.Where(f => f is AuthorizeAdminAttribute or CheckPermissionAttribute).ToList())
                filters.Remove(filter);
        }
    }

    public static Task<StoreHost> StartAsync(PluginViewFolder views, Mock<ISettingService> settings, Mock<INotificationService> notifications,
        Mock<IEcsterClientFactory> clients, StoreOptions? options = null)
    {
        // Nop.Web's admin layout for plugin pages (Areas/Admin/Views/Shared/_ConfigurePlugin.cshtml), reduced to the body.
        var layout = Path.Combine(views.Root, "Areas", "Admin", "Views", "Shared", "_ConfigurePlugin.cshtml");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        File.WriteAllText(layout, "@RenderBody()");

        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);

        return StoreHost.StartAsync(options ?? new StoreOptions(), views, services =>
        {
            services.AddSingleton(settings.Object);
            services.AddSingleton(storeContext.Object);
            services.AddSingleton(notifications.Object);
            services.AddSingleton(new ConnectionTester(new EcsterClientProvider(clients.Object, settings.Object)));
            services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new SignedInAdmin()));
            services.AddMvcCore().ConfigureApplicationPartManager(parts => parts.ApplicationParts.Add(new TypesPart(typeof(StoreScopeConfigurationViewComponent))));
        }, app => app.MapControllerRoute("areaRoute", "{area:exists}/{controller=Home}/{action=Index}/{id?}"));
    }
}
