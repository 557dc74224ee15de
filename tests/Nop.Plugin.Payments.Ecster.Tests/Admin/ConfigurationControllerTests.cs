using Ecster.Client;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Newtonsoft.Json;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Services.Configuration;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>The configuration page: what it shows, what it saves, what it refuses, and that keys never travel back.</summary>
public class ConfigurationControllerTests
{
    private static ConfigurationModel ValidPost(Action<ConfigurationModel>? change = null)
    {
        var model = new ConfigurationModel
        {
            EnvironmentId = (int)EcsterEnvironment.Test,
            SandboxBaseUrl = "http://127.0.0.1:5080",
            OfferInvoice = true,
            OfferPartPayment = true,
            MinOrderTotal = 200m,
            MaxOrderTotal = 40_000m,
            CaptureModeId = (int)EcsterCaptureMode.OnShipmentSent,
            ProductWidgetEnabled = true,
            ProductWidgetZone = "productdetails_overview_bottom",
            WidgetMinPrice = 300m,
            CartWidgetEnabled = true
        };
        change?.Invoke(model);
        return model;
    }

    [Test]
    public async Task Get_shows_the_stored_keys_masked_and_never_their_values()
    {
        var context = new AdminTestContext();

        var result = (ViewResult)await context.Controller().Configure();

        var model = (ConfigurationModel)result.Model!;
        Assert.That(result.ViewName, Is.EqualTo("~/Plugins/Payments.Ecster/Views/Admin/Configure.cshtml"));
        Assert.That(model.ApiKey, Is.Null);
        Assert.That(model.MerchantKey, Is.Null);
        Assert.That(model.ApiKeyMasked, Is.EqualTo("••••9876"));
        Assert.That(model.MerchantKeyMasked, Is.EqualTo("••••5432"));
        var page = JsonConvert.SerializeObject(model);
        Assert.That(page, Does.Not.Contain("stored-api-key").And.Not.Contain("stored-merchant-key"));
    }

    [Test]
    public async Task Get_fills_every_field_and_the_localised_choices_from_the_settings()
    {
        var context = new AdminTestContext();
        context.Stored.CaptureMode = EcsterCaptureMode.OnShipmentSent;
        context.Stored.OfferAccount = false;

        var model = (ConfigurationModel)((ViewResult)await context.Controller().Configure()).Model!;

        Assert.That(model.EnvironmentId, Is.EqualTo((int)EcsterEnvironment.Test));
        Assert.That(model.MinOrderTotal, Is.EqualTo(100m));
        Assert.That(model.MaxOrderTotal, Is.EqualTo(50_000m));
        Assert.That(model.OfferAccount, Is.False);
        Assert.That(model.CaptureModeId, Is.EqualTo((int)EcsterCaptureMode.OnShipmentSent));
        Assert.That(model.AvailableEnvironments.Select(i => i.Text), Is.EqualTo(new[]
        {
            AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Environment.Production"),
            AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Environment.Test"),
            AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Environment.Sandbox")
        }));
        Assert.That(model.AvailableEnvironments.Single(i => i.Selected).Value, Is.EqualTo("1"));
        Assert.That(model.AvailableCaptureModes.Single(i => i.Selected).Value, Is.EqualTo("1"));
        Assert.That(model.ActiveStoreScopeConfiguration, Is.EqualTo(0));
    }

    [Test]
    public async Task Get_for_a_store_reads_which_settings_the_store_overrides()
    {
        var context = new AdminTestContext(storeScope: 2);
        // The store has its own strings (keys, URL, zone) but inherits everything else.
        context.Settings.Setup(s => s.SettingExistsAsync(It.IsAny<EcsterSettings>(),
            It.IsAny<System.Linq.Expressions.Expression<Func<EcsterSettings, string>>>(), 2)).ReturnsAsync(true);

        var model = (ConfigurationModel)((ViewResult)await context.Controller().Configure()).Model!;

        Assert.That(model.ActiveStoreScopeConfiguration, Is.EqualTo(2));
        Assert.That(model.ApiKey_OverrideForStore, Is.True);
        Assert.That(model.MerchantKey_OverrideForStore, Is.True);
        Assert.That(model.ProductWidgetZone_OverrideForStore, Is.True);
        Assert.That(model.MinOrderTotal_OverrideForStore, Is.False);
        Assert.That(model.EnvironmentId_OverrideForStore, Is.False);
    }

    [Test]
    public async Task Post_with_empty_key_inputs_keeps_the_stored_keys_and_saves_every_field()
    {
        var context = new AdminTestContext();

        var result = await context.PostAsync(ValidPost());

        Assert.That(result, Is.InstanceOf<RedirectToActionResult>().With.Property("ActionName").EqualTo("Configure"));
        var saves = context.Saves();
        Assert.That(saves.Keys, Is.EquivalentTo(new[]
        {
            "Environment", "SandboxBaseUrl", "ApiKey", "MerchantKey", "OfferInvoice", "OfferPartPayment", "OfferAccount",
            "MinOrderTotal", "MaxOrderTotal", "CaptureMode", "ProductWidgetEnabled",
            "ProductWidgetZone", "WidgetMinPrice", "CartWidgetEnabled"
        }));
        var saved = saves["ApiKey"].Settings;
        Assert.That(saved.ApiKey, Is.EqualTo(AdminTestContext.StoredApiKey));
        Assert.That(saved.MerchantKey, Is.EqualTo(AdminTestContext.StoredMerchantKey));
        Assert.That(saved.MinOrderTotal, Is.EqualTo(200m));
        Assert.That(saved.MaxOrderTotal, Is.EqualTo(40_000m));
        Assert.That(saved.OfferAccount, Is.False);
        Assert.That(saved.CaptureMode, Is.EqualTo(EcsterCaptureMode.OnShipmentSent));
        Assert.That(saved.ProductWidgetZone, Is.EqualTo("productdetails_overview_bottom"));
        Assert.That(saved.WidgetMinPrice, Is.EqualTo(300m));
        Assert.That(saved.CartWidgetEnabled, Is.True);
        context.Settings.Verify(s => s.ClearCacheAsync(), Times.Once);
        context.Notifications.Verify(n => n.SuccessNotification(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<int>()), Times.Once);
    }

    [Test]
    public async Task Post_with_a_typed_key_replaces_only_that_key_trimmed()
    {
        var context = new AdminTestContext();

        await context.PostAsync(ValidPost(m => m.ApiKey = "  new-api-key-4242  "));

        var saved = context.Saves()["ApiKey"].Settings;
        Assert.That(saved.ApiKey, Is.EqualTo("new-api-key-4242"));
        Assert.That(saved.MerchantKey, Is.EqualTo(AdminTestContext.StoredMerchantKey));
    }

    [Test]
    public async Task Post_for_a_store_saves_with_the_stores_override_flags()
    {
        var context = new AdminTestContext(storeScope: 3);

        await context.PostAsync(ValidPost(m => { m.ApiKey_OverrideForStore = true; m.MinOrderTotal_OverrideForStore = false; }));

        var saves = context.Saves();
        Assert.That(saves["ApiKey"].OverrideForStore, Is.True);
        Assert.That(saves["ApiKey"].StoreId, Is.EqualTo(3));
        Assert.That(saves["MinOrderTotal"].OverrideForStore, Is.False);
    }

    [Test]
    public async Task Invalid_input_returns_the_form_with_localised_errors_saves_nothing_and_drops_typed_keys()
    {
        var context = new AdminTestContext();
        var controller = context.Controller();

        var result = await context.PostAsync(ValidPost(m => { m.MinOrderTotal = 900m; m.MaxOrderTotal = 500m; m.ApiKey = "typed-secret-key-7777"; }), controller);

        var view = (ViewResult)result;
        var model = (ConfigurationModel)view.Model!;
        Assert.That(controller.ModelState[nameof(ConfigurationModel.MaxOrderTotal)]!.Errors.Single().ErrorMessage,
            Is.EqualTo(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Validation.MinAboveMax")));
        Assert.That(context.AnythingSaved(), Is.False);
        context.Settings.Verify(s => s.ClearCacheAsync(), Times.Never);
        context.Notifications.Verify(n => n.ErrorNotification(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.NotSaved"), It.IsAny<bool>(), It.IsAny<int>()));
        Assert.That(model.MinOrderTotal, Is.EqualTo(900m), "the admin's input stays for correcting");
        Assert.That(model.ApiKey, Is.Null);
        Assert.That(controller.ModelState[nameof(ConfigurationModel.ApiKey)]?.AttemptedValue, Is.Null);
        Assert.That(model.ApiKeyMasked, Is.EqualTo("••••9876"));
        Assert.That(JsonConvert.SerializeObject(model), Does.Not.Contain("typed-secret").And.Not.Contain("stored-api-key"));
        Assert.That(model.AvailableEnvironments, Is.Not.Empty);
    }

    [Test]
    public async Task Production_without_any_key_is_refused_with_the_key_fields_marked()
    {
        var context = new AdminTestContext();
        context.Stored.ApiKey = "";
        context.Stored.MerchantKey = "";
        var controller = context.Controller();

        await context.PostAsync(ValidPost(m => m.EnvironmentId = (int)EcsterEnvironment.Production), controller);

        Assert.That(controller.ModelState[nameof(ConfigurationModel.ApiKey)]!.Errors.Single().ErrorMessage,
            Is.EqualTo(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Validation.ApiKeyRequired")));
        Assert.That(controller.ModelState[nameof(ConfigurationModel.MerchantKey)]!.Errors, Has.Count.EqualTo(1));
        Assert.That(context.AnythingSaved(), Is.False);
    }

    [Test]
    public async Task Saving_production_keys_for_another_host_is_refused_until_they_are_typed_again()
    {
        var context = new AdminTestContext();
        context.Stored.Environment = EcsterEnvironment.Production;
        var controller = context.Controller();

        await context.PostAsync(ValidPost(m =>
        {
            m.EnvironmentId = (int)EcsterEnvironment.Sandbox;
            m.SandboxBaseUrl = "https://keys.attacker.example";
            m.SandboxRemoteConfirmed = true;
        }), controller);

        Assert.That(controller.ModelState[nameof(ConfigurationModel.ApiKey)]!.Errors.Single().ErrorMessage,
            Is.EqualTo(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.Validation.RetypeKeysForAddress")));
        Assert.That(controller.ModelState[nameof(ConfigurationModel.MerchantKey)]!.Errors, Has.Count.EqualTo(1));
        Assert.That(context.AnythingSaved(), Is.False, "the stored keys never become the remote sandbox's keys");
    }

    [Test]
    public async Task A_save_that_skipped_validation_still_never_keeps_stored_keys_for_another_host()
    {
        var context = new AdminTestContext();
        context.Stored.Environment = EcsterEnvironment.Production;

        // Straight to the action, as a host that did not run the validators would call it.
        await context.Controller().Configure(ValidPost(m =>
        {
            m.EnvironmentId = (int)EcsterEnvironment.Sandbox;
            m.SandboxBaseUrl = "https://keys.attacker.example";
            m.SandboxRemoteConfirmed = true;
        }));

        var saved = context.Saves()["ApiKey"].Settings;
        Assert.That(saved.SandboxBaseUrl, Is.EqualTo("https://keys.attacker.example"));
        Assert.That(saved.ApiKey, Is.Empty);
        Assert.That(saved.MerchantKey, Is.Empty);
    }
}
