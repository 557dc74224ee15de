using System.Linq.Expressions;
using Ecster.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Notifications;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Web.Framework;
using Nop.Web.Framework.Controllers;
using Nop.Web.Framework.Mvc.Filters;

namespace Nop.Plugin.Payments.Ecster.Controllers;

/// <summary>
/// The plugin's configuration page (Admin/PaymentEcster/Configure), per store scope. Only admins with nopCommerce's
/// payment-method permission reach it; every post needs the antiforgery token. Keys are write-only: the page shows
/// them masked, and a form is never sent back with a key in it.
/// </summary>
[AuthorizeAdmin]
[Area(AreaNames.ADMIN)]
[AutoValidateAntiforgeryToken]
public class PaymentEcsterController : BasePaymentController
{
    private const string Texts = "Plugins.Payments.Ecster.Admin.";

    private readonly ConnectionTester _connectionTester;
    private readonly ILocalizationService _localizationService;
    private readonly INotificationService _notificationService;
    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    public PaymentEcsterController(
        ConnectionTester connectionTester,
        ILocalizationService localizationService,
        INotificationService notificationService,
        ISettingService settingService,
        IStoreContext storeContext)
    {
        _connectionTester = connectionTester;
        _localizationService = localizationService;
        _notificationService = notificationService;
        _settingService = settingService;
        _storeContext = storeContext;
    }

    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> Configure()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(storeScope);
        return View(EcsterDefaults.ConfigureViewPath, await StoredModelAsync(settings, storeScope));
    }

    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> Configure(ConfigurationModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(storeScope);

        // Validators/ConfigurationValidator ran during model binding, as nopCommerce runs every validator.
        if (!ModelState.IsValid)
        {
            _notificationService.ErrorNotification(await _localizationService.GetResourceAsync(Texts + "NotSaved"));
            return await RedisplayAsync(model, settings, storeScope);
        }

        ConfigurationMapping.Apply(model, settings);
        await SaveAsync(settings, model, storeScope);

        _notificationService.SuccessNotification(await _localizationService.GetResourceAsync("Admin.Plugins.Saved"));
        // Post/redirect/get: the browser never holds a page whose reload would post the form (and its keys) again.
        return RedirectToAction(nameof(Configure));
    }

    /// <summary>Tries the form's connection settings (typed keys, or the stored ones where left empty) without saving.</summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> TestConnection(ConnectionTestModel model)
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var stored = await _settingService.LoadSettingAsync<EcsterSettings>(storeScope);

        // Only the connection rules (Validators/ConnectionTestValidator) ran during model binding.
        if (ModelState.IsValid)
        {
            var candidate = new EcsterSettings
            {
                Environment = stored.Environment,
                SandboxBaseUrl = stored.SandboxBaseUrl,
                ApiKey = stored.ApiKey,
                MerchantKey = stored.MerchantKey
            };
            ConfigurationMapping.ApplyConnection(model, candidate);

            var outcome = await _connectionTester.TestAsync(candidate, HttpContext?.RequestAborted ?? CancellationToken.None);
            var message = await DescribeAsync(outcome);
            if (!string.IsNullOrWhiteSpace(model.ApiKey) || !string.IsNullOrWhiteSpace(model.MerchantKey))
                message += " " + await _localizationService.GetResourceAsync(Texts + "TestConnection.KeysNotSaved");
            model.ConnectionTest = new ConnectionTestResultModel(outcome.Status == ConnectionTestStatus.Ok, message);
        }

        return await RedisplayAsync(model, stored, storeScope);
    }

    /// <summary>
    /// Generates and stores a new notification secret for the store scope, and shows it this once with the header
    /// name to give Ecster; afterwards the page shows it masked. The form's other fields are not saved.
    /// </summary>
    [HttpPost]
    [CheckPermission(StandardPermission.Configuration.MANAGE_PAYMENT_METHODS)]
    public async Task<IActionResult> GenerateNotificationSecret()
    {
        var storeScope = await _storeContext.GetActiveStoreScopeConfigurationAsync();
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(storeScope);
        settings.NotificationSecret = NotificationSecret.Generate();
        await _settingService.SaveSettingOverridablePerStoreAsync(settings, s => s.NotificationSecret, true, storeScope, false);
        await _settingService.ClearCacheAsync();

        // The stored settings, not the posted form: nothing else typed on it was saved.
        ModelState.Clear();
        var model = await StoredModelAsync(settings, storeScope);
        model.NewNotificationSecret = settings.NotificationSecret;
        _notificationService.WarningNotification(await _localizationService.GetResourceAsync(Texts + "NotificationSecret.Generated"));
        return View(EcsterDefaults.ConfigureViewPath, model);
    }

    /// <summary>The page for the stored settings of the store scope.</summary>
    private async Task<ConfigurationModel> StoredModelAsync(EcsterSettings settings, int storeScope)
    {
        var model = ConfigurationMapping.ToModel(settings);
        model.ActiveStoreScopeConfiguration = storeScope;
        if (storeScope > 0)
            await ReadOverridesAsync(model, settings, storeScope);
        await PrepareListsAsync(model);
        return model;
    }

    /// <summary>The posted form again, with its errors or test result, the typed keys removed and the stored ones masked.</summary>
    private async Task<IActionResult> RedisplayAsync(ConfigurationModel model, EcsterSettings stored, int storeScope)
    {
        ConfigurationMapping.ShowStoredKeys(model, stored);
        // Input helpers prefer the posted value to the model's: blank it there too, keeping any error on the field.
        ModelState.SetModelValue(nameof(model.ApiKey), rawValue: null, attemptedValue: null);
        ModelState.SetModelValue(nameof(model.MerchantKey), rawValue: null, attemptedValue: null);
        model.ActiveStoreScopeConfiguration = storeScope;
        await PrepareListsAsync(model);
        return View(EcsterDefaults.ConfigureViewPath, model);
    }

    private async Task<string> DescribeAsync(ConnectionTestOutcome outcome)
    {
        var text = await _localizationService.GetResourceAsync(Texts + "TestConnection." + outcome.Status);
        return outcome.Status switch
        {
            ConnectionTestStatus.Ok when outcome.MethodNames.Count == 0 =>
                await _localizationService.GetResourceAsync(Texts + "TestConnection.OkWithoutMethods"),
            ConnectionTestStatus.Ok => string.Format(text, string.Join(", ", outcome.MethodNames)),
            ConnectionTestStatus.UnexpectedAnswer => string.Format(text, outcome.HttpStatus?.ToString() ?? "–"),
            _ => text
        };
    }

    private async Task ReadOverridesAsync(ConfigurationModel model, EcsterSettings settings, int storeScope)
    {
        Task<bool> Exists<T>(Expression<Func<EcsterSettings, T>> key) => _settingService.SettingExistsAsync(settings, key, storeScope);

        model.EnvironmentId_OverrideForStore = await Exists(s => s.Environment);
        model.SandboxBaseUrl_OverrideForStore = await Exists(s => s.SandboxBaseUrl);
        model.ApiKey_OverrideForStore = await Exists(s => s.ApiKey);
        model.MerchantKey_OverrideForStore = await Exists(s => s.MerchantKey);
        model.OfferInvoice_OverrideForStore = await Exists(s => s.OfferInvoice);
        model.OfferPartPayment_OverrideForStore = await Exists(s => s.OfferPartPayment);
        model.OfferAccount_OverrideForStore = await Exists(s => s.OfferAccount);
        model.MinOrderTotal_OverrideForStore = await Exists(s => s.MinOrderTotal);
        model.MaxOrderTotal_OverrideForStore = await Exists(s => s.MaxOrderTotal);
        model.CaptureModeId_OverrideForStore = await Exists(s => s.CaptureMode);
        model.ProductWidgetEnabled_OverrideForStore = await Exists(s => s.ProductWidgetEnabled);
        model.ProductWidgetZone_OverrideForStore = await Exists(s => s.ProductWidgetZone);
        model.WidgetMinPrice_OverrideForStore = await Exists(s => s.WidgetMinPrice);
        model.CartWidgetEnabled_OverrideForStore = await Exists(s => s.CartWidgetEnabled);
    }

    private async Task SaveAsync(EcsterSettings settings, ConfigurationModel model, int storeScope)
    {
        // Each setting without clearing the cache, then the cache once, as nopCommerce's own plugins save.
        Task Save<T>(Expression<Func<EcsterSettings, T>> key, bool overrideForStore) =>
            _settingService.SaveSettingOverridablePerStoreAsync(settings, key, overrideForStore, storeScope, false);

        await Save(s => s.Environment, model.EnvironmentId_OverrideForStore);
        await Save(s => s.SandboxBaseUrl, model.SandboxBaseUrl_OverrideForStore);
        await Save(s => s.ApiKey, model.ApiKey_OverrideForStore);
        await Save(s => s.MerchantKey, model.MerchantKey_OverrideForStore);
        await Save(s => s.OfferInvoice, model.OfferInvoice_OverrideForStore);
        await Save(s => s.OfferPartPayment, model.OfferPartPayment_OverrideForStore);
        await Save(s => s.OfferAccount, model.OfferAccount_OverrideForStore);
        await Save(s => s.MinOrderTotal, model.MinOrderTotal_OverrideForStore);
        await Save(s => s.MaxOrderTotal, model.MaxOrderTotal_OverrideForStore);
        await Save(s => s.CaptureMode, model.CaptureModeId_OverrideForStore);
        await Save(s => s.ProductWidgetEnabled, model.ProductWidgetEnabled_OverrideForStore);
        await Save(s => s.ProductWidgetZone, model.ProductWidgetZone_OverrideForStore);
        await Save(s => s.WidgetMinPrice, model.WidgetMinPrice_OverrideForStore);
        await Save(s => s.CartWidgetEnabled, model.CartWidgetEnabled_OverrideForStore);

        await _settingService.ClearCacheAsync();
    }

    private async Task PrepareListsAsync(ConfigurationModel model)
    {
        model.AvailableEnvironments = await ItemsAsync(Enum.GetValues<EcsterEnvironment>(), "Environment.", model.EnvironmentId);
        model.AvailableCaptureModes = await ItemsAsync(Enum.GetValues<EcsterCaptureMode>(), "CaptureMode.", model.CaptureModeId);
    }

    private async Task<IList<SelectListItem>> ItemsAsync<TEnum>(IEnumerable<TEnum> values, string textPrefix, int selected) where TEnum : struct, Enum
    {
        var items = new List<SelectListItem>();
        foreach (var value in values)
        {
            var id = Convert.ToInt32(value);
            items.Add(new SelectListItem(await _localizationService.GetResourceAsync(Texts + textPrefix + value), id.ToString(), id == selected));
        }

        return items;
    }
}
