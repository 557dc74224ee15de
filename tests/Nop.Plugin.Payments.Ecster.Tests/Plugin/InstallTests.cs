using Moq;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services;

namespace Nop.Plugin.Payments.Ecster.Tests.Plugin;

public class InstallTests
{
    [Test]
    public async Task Install_saves_default_settings()
    {
        var ctx = new PluginTestContext();
        EcsterSettings? saved = null;
        ctx.Settings.Setup(s => s.SaveSettingAsync(It.IsAny<EcsterSettings>(), It.IsAny<int>()))
            .Callback<EcsterSettings, int>((s, _) => saved = s).Returns(Task.CompletedTask);

        await ctx.CreatePlugin().InstallAsync();

        Assert.That(saved, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(saved!.ApiKey, Is.Empty, "no key until the shop owner enters one");
            Assert.That(saved.MerchantKey, Is.Empty);
            Assert.That(saved.Environment, Is.EqualTo(global::Ecster.Client.EcsterEnvironment.Test));
            Assert.That(saved.CaptureMode, Is.EqualTo(EcsterCaptureMode.OnAdminCapture));
            Assert.That(saved.OfferInvoice && saved.OfferPartPayment && saved.OfferAccount, Is.True);
        });
    }

    [Test]
    public async Task Install_gives_swedish_texts_to_swedish_and_english_texts_to_english()
    {
        var ctx = new PluginTestContext();

        await ctx.CreatePlugin().InstallAsync();

        Assert.That(ctx.AddedResources.Keys, Is.EquivalentTo(new[] { PluginTestContext.EnglishId, PluginTestContext.SwedishId }));
        Assert.That(ctx.AddedResources[PluginTestContext.EnglishId], Is.EquivalentTo(EcsterLocaleResources.ForCulture("en-US")));
        Assert.That(ctx.AddedResources[PluginTestContext.SwedishId], Is.EquivalentTo(EcsterLocaleResources.ForCulture("sv-SE")));
        Assert.That(ctx.AddedResources[PluginTestContext.SwedishId]["Plugins.Payments.Ecster.PaymentMethodDescription"],
            Does.Contain("Betala med Ecster"));
    }

    [Test]
    public async Task Install_activates_payment_method_and_widget_once()
    {
        var ctx = new PluginTestContext();
        var plugin = ctx.CreatePlugin();

        await plugin.InstallAsync();
        await plugin.InstallAsync();

        Assert.That(ctx.PaymentSettings.ActivePaymentMethodSystemNames.Count(n => n == "Payments.Ecster"), Is.EqualTo(1));
        Assert.That(ctx.WidgetSettings.ActiveWidgetSystemNames.Count(n => n == "Payments.Ecster"), Is.EqualTo(1));
        ctx.Settings.Verify(s => s.SaveSettingAsync(It.IsAny<PaymentSettings>(), It.IsAny<int>()), Times.Once);
        ctx.Settings.Verify(s => s.SaveSettingAsync(It.IsAny<WidgetSettings>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Uninstall_removes_settings_texts_and_activation()
    {
        var ctx = new PluginTestContext();
        var plugin = ctx.CreatePlugin();
        await plugin.InstallAsync();
        ctx.PaymentSettings.ActivePaymentMethodSystemNames.Add("Payments.Manual");

        await plugin.UninstallAsync();

        ctx.Settings.Verify(s => s.DeleteSettingAsync<EcsterSettings>(), Times.Once);
        ctx.Localization.Verify(l => l.DeleteLocaleResourcesAsync("Plugins.Payments.Ecster.", It.IsAny<int?>()), Times.Once);
        Assert.That(ctx.PaymentSettings.ActivePaymentMethodSystemNames, Is.EqualTo(new[] { "Payments.Manual" }));
        Assert.That(ctx.WidgetSettings.ActiveWidgetSystemNames, Is.Empty);
    }

    [Test]
    public void Configuration_page_is_in_the_admin_area()
    {
        var url = new PluginTestContext().CreatePlugin().GetConfigurationPageUrl();

        Assert.That(url, Is.EqualTo("https://shop.example/Admin/PaymentEcster/Configure"));
    }
}
