using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Tests.Plugin;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>The configuration controller is admin-only, checks the payment-method permission on every action and antiforgery on every post.</summary>
public class ControllerSecurityTests
{
    private static readonly Type Controller = typeof(PaymentEcsterController);

    private static IEnumerable<MethodInfo> Actions() =>
        Controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<NonActionAttribute>() is null);

    [Test]
    public void The_controller_is_in_the_admin_area_for_admins_with_antiforgery_validation()
    {
        Assert.That(Controller.GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null.And.Property("IgnoreFilter").False);
        Assert.That(Controller.GetCustomAttribute<AreaAttribute>()?.RouteValue, Is.EqualTo(AreaNames.ADMIN));
        Assert.That(Controller.GetCustomAttribute<AutoValidateAntiforgeryTokenAttribute>(), Is.Not.Null);
        Assert.That(Controller.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>(), Is.Null);
    }

    [Test]
    public void Every_action_demands_the_payment_method_permission()
    {
        var actions = Actions().ToList();
        Assert.That(actions.Select(a => a.Name), Is.EquivalentTo(new[] { "Configure", "Configure", "TestConnection", "GenerateNotificationSecret" }));
        foreach (var action in actions)
        {
            var permissions = action.GetCustomAttributes<CheckPermissionAttribute>().SelectMany(p => p.PermissionSystemName).ToList();
            Assert.That(permissions, Is.EqualTo(new[] { StandardPermission.Configuration.MANAGE_PAYMENT_METHODS }), action.ToString());
            Assert.That(action.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>(), Is.Null, action.ToString());
        }
    }

    [Test]
    public void Changes_and_connection_tests_are_posts_and_only_the_page_itself_is_a_get()
    {
        foreach (var action in Actions())
        {
            var isPost = action.GetCustomAttributes<HttpMethodAttribute>().Any(a => a.HttpMethods.Contains("POST"));
            var isThePage = action.Name == "Configure" && action.GetParameters().Length == 0;
            Assert.That(isPost, Is.EqualTo(!isThePage), action.ToString());
        }
    }

    [Test]
    public void The_plugins_configuration_url_names_this_controller_and_action()
    {
        var url = new PluginTestContext().CreatePlugin().GetConfigurationPageUrl();

        Assert.That(url, Is.EqualTo("https://shop.example/Admin/PaymentEcster/Configure"));
        Assert.That(Controller.Name, Is.EqualTo("PaymentEcster" + "Controller"));
        Assert.That(Actions().Any(a => a.Name == "Configure" && a.GetParameters().Length == 0));
    }
}
