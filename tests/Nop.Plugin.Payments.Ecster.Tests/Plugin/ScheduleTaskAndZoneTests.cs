using Moq;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Plugin.Payments.Ecster.Components.Public;

namespace Nop.Plugin.Payments.Ecster.Tests.Plugin;

public class ScheduleTaskAndZoneTests
{
    [Test]
    public async Task Install_adds_the_hourly_terms_task_once_and_uninstall_removes_it()
    {
        var ctx = new PluginTestContext();
        ScheduleTask? stored = null;
        ctx.ScheduleTasks.Setup(s => s.GetTaskByTypeAsync(EcsterDefaults.Tasks.RefreshTermsTaskType)).ReturnsAsync(() => stored!);
        ctx.ScheduleTasks.Setup(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == EcsterDefaults.Tasks.RefreshTermsTaskType))).Callback<ScheduleTask>(t => stored = t).Returns(Task.CompletedTask);
        var plugin = ctx.CreatePlugin();

        await plugin.InstallAsync();
        await plugin.InstallAsync();

        ctx.ScheduleTasks.Verify(s => s.InsertTaskAsync(It.Is<ScheduleTask>(t => t.Type == EcsterDefaults.Tasks.RefreshTermsTaskType)), Times.Once);
        Assert.That(stored!.Seconds, Is.EqualTo(3600));
        Assert.That(stored.Enabled, Is.True);
        Assert.That(Type.GetType(stored.Type), Is.EqualTo(typeof(Services.Terms.RefreshTermsTask)), "nopCommerce finds the task by this type name");

        await plugin.UninstallAsync();
        ctx.ScheduleTasks.Verify(s => s.DeleteTaskAsync(stored), Times.Once);
    }

    [Test]
    public async Task Widget_zones_follow_the_stores_settings()
    {
        var ctx = new PluginTestContext();
        var plugin = ctx.CreatePlugin();

        Assert.That(await plugin.GetWidgetZonesAsync(), Is.EqualTo(new[] { "product_price_bottom", "admin_order_details_block" }));

        ctx.EcsterSettings.CartWidgetEnabled = true;
        ctx.EcsterSettings.ProductWidgetZone = "productdetails_overview_top";
        Assert.That(await plugin.GetWidgetZonesAsync(), Is.EqualTo(new[] { "productdetails_overview_top", "order_summary_content_after", "admin_order_details_block" }));

        ctx.EcsterSettings.ProductWidgetEnabled = false;
        ctx.EcsterSettings.CartWidgetEnabled = false;
        Assert.That(await plugin.GetWidgetZonesAsync(), Is.EqualTo(new[] { "admin_order_details_block" }), "the admin order panel stays");
    }

    [Test]
    public void Every_public_zone_renders_the_monthly_cost_component_and_the_order_page_the_Ecster_panel()
    {
        var plugin = new PluginTestContext().CreatePlugin();

        Assert.That(plugin.GetWidgetViewComponent("product_price_bottom"), Is.EqualTo(typeof(MonthlyCostViewComponent)));
        Assert.That(plugin.GetWidgetViewComponent("admin_order_details_block"), Is.EqualTo(typeof(Components.Admin.OrderPanelViewComponent)));
    }
}
