using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Cms;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Payments;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;
using Nop.Web.Framework.Infrastructure;
using Nop.Core.Domain.ScheduleTasks;

namespace Nop.Plugin.Payments.Ecster;

/// <summary>
/// The plugin as nopCommerce sees it. nopCommerce loads the first IPlugin class of an assembly, so this one class
/// is both the payment method and the widget (product-page terms). It stays thin: each operation hands over to a
/// service that does one job.
/// </summary>
public class EcsterPaymentMethod : BasePlugin, IPaymentMethod, IWidgetPlugin
{
    private readonly ICheckoutPayments _checkout;
    private readonly EcsterSettings _ecsterSettings;
    private readonly ILanguageService _languageService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyMovements _moneyMovements;
    private readonly IPaymentAvailability _availability;
    private readonly IScheduleTaskService _scheduleTaskService;
    private readonly ISettingService _settingService;
    private readonly IWebHelper _webHelper;
    private readonly PaymentSettings _paymentSettings;
    private readonly WidgetSettings _widgetSettings;

    public EcsterPaymentMethod(
        ICheckoutPayments checkout,
        EcsterSettings ecsterSettings,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IMoneyMovements moneyMovements,
        IPaymentAvailability availability,
        IScheduleTaskService scheduleTaskService,
        ISettingService settingService,
        IWebHelper webHelper,
        PaymentSettings paymentSettings,
        WidgetSettings widgetSettings)
    {
        _checkout = checkout;
        _ecsterSettings = ecsterSettings;
        _languageService = languageService;
        _localizationService = localizationService;
        _moneyMovements = moneyMovements;
        _availability = availability;
        _scheduleTaskService = scheduleTaskService;
        _settingService = settingService;
        _webHelper = webHelper;
        _paymentSettings = paymentSettings;
        _widgetSettings = widgetSettings;
    }

    #region Install

    public override string GetConfigurationPageUrl() => $"{_webHelper.GetStoreLocation()}Admin/PaymentEcster/Configure";

    public override async Task InstallAsync()
    {
        await _settingService.SaveSettingAsync(new EcsterSettings());

        // Active from the start, as nopCommerce's own payment plugins are; it stays hidden at checkout until a
        // store has keys (HidePaymentMethodAsync), so activating an unconfigured plugin shows shoppers nothing.
        if (!_paymentSettings.ActivePaymentMethodSystemNames.Contains(EcsterDefaults.SystemName))
        {
            _paymentSettings.ActivePaymentMethodSystemNames.Add(EcsterDefaults.SystemName);
            await _settingService.SaveSettingAsync(_paymentSettings);
        }

        // The product-page terms are a widget of this same plugin; it must be active to render.
        if (!_widgetSettings.ActiveWidgetSystemNames.Contains(EcsterDefaults.SystemName))
        {
            _widgetSettings.ActiveWidgetSystemNames.Add(EcsterDefaults.SystemName);
            await _settingService.SaveSettingAsync(_widgetSettings);
        }

        await AddTaskAsync(EcsterDefaults.Tasks.RefreshTermsTaskName, EcsterDefaults.Tasks.RefreshTermsTaskType,
            EcsterDefaults.Tasks.RefreshTermsTaskSeconds);
        await AddTaskAsync(EcsterDefaults.Tasks.ApplyNotificationsTaskName, EcsterDefaults.Tasks.ApplyNotificationsTaskType,
            EcsterDefaults.Tasks.ApplyNotificationsTaskSeconds);

        await InstallLocaleResourcesAsync();
        await base.InstallAsync();
    }

    public override async Task UpdateAsync(string currentVersion, string targetVersion)
    {
        // New versions may bring new texts: refresh them without touching the shop owner's settings.
        await InstallLocaleResourcesAsync();
        await base.UpdateAsync(currentVersion, targetVersion);
    }

    public override async Task UninstallAsync()
    {
        await _settingService.DeleteSettingAsync<EcsterSettings>();

        if (_paymentSettings.ActivePaymentMethodSystemNames.Remove(EcsterDefaults.SystemName))
            await _settingService.SaveSettingAsync(_paymentSettings);
        if (_widgetSettings.ActiveWidgetSystemNames.Remove(EcsterDefaults.SystemName))
            await _settingService.SaveSettingAsync(_widgetSettings);

        foreach (var type in new[] { EcsterDefaults.Tasks.RefreshTermsTaskType, EcsterDefaults.Tasks.ApplyNotificationsTaskType })
        {
            if (await _scheduleTaskService.GetTaskByTypeAsync(type) is { } task)
                await _scheduleTaskService.DeleteTaskAsync(task);
        }

        await _localizationService.DeleteLocaleResourcesAsync(EcsterDefaults.Resources.ResourcePrefix);
        await base.UninstallAsync();
    }

    /// <summary>Adds a schedule task unless an earlier install left it in place.</summary>
    private async Task AddTaskAsync(string name, string type, int seconds)
    {
        if (await _scheduleTaskService.GetTaskByTypeAsync(type) is not null)
            return;
        await _scheduleTaskService.InsertTaskAsync(new ScheduleTask
        {
            Name = name,
            Type = type,
            Seconds = seconds,
            Enabled = true,
            LastEnabledUtc = DateTime.UtcNow,
            StopOnError = false
        });
    }

    /// <summary>Each store language gets the Swedish texts if it is Swedish, the English ones otherwise.</summary>
    private async Task InstallLocaleResourcesAsync()
    {
        foreach (var language in await _languageService.GetAllLanguagesAsync(showHidden: true))
        {
            var texts = EcsterLocaleResources.ForLanguage(language.LanguageCulture);
            await _localizationService.AddOrUpdateLocaleResourceAsync(texts.ToDictionary(), language.Id);
        }
    }

    #endregion

    #region Payment method

    public Task<ProcessPaymentResult> ProcessPaymentAsync(ProcessPaymentRequest processPaymentRequest) =>
        _checkout.ProcessPaymentAsync(processPaymentRequest);

    public Task PostProcessPaymentAsync(PostProcessPaymentRequest postProcessPaymentRequest) => Task.CompletedTask;

    public Task<bool> HidePaymentMethodAsync(IList<ShoppingCartItem> cart) => _availability.IsHiddenAsync(cart);

    public Task<decimal> GetAdditionalHandlingFeeAsync(IList<ShoppingCartItem> cart) => Task.FromResult(0m);

    public Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest) =>
        _moneyMovements.CaptureAsync(capturePaymentRequest);

    public Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest) =>
        _moneyMovements.RefundAsync(refundPaymentRequest);

    public Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest) =>
        _moneyMovements.VoidAsync(voidPaymentRequest);

    public async Task<ProcessPaymentResult> ProcessRecurringPaymentAsync(ProcessPaymentRequest processPaymentRequest)
    {
        var result = new ProcessPaymentResult();
        result.AddError(await _localizationService.GetResourceAsync("Plugins.Payments.Ecster.Errors.RecurringNotSupported"));
        return result;
    }

    public async Task<CancelRecurringPaymentResult> CancelRecurringPaymentAsync(CancelRecurringPaymentRequest cancelPaymentRequest)
    {
        var result = new CancelRecurringPaymentResult();
        result.AddError(await _localizationService.GetResourceAsync("Plugins.Payments.Ecster.Errors.RecurringNotSupported"));
        return result;
    }

    public Task<bool> CanRePostProcessPaymentAsync(Order order) => Task.FromResult(false);

    public Task<IList<string>> ValidatePaymentFormAsync(IFormCollection form) => _checkout.ValidatePaymentFormAsync(form);

    public Task<ProcessPaymentRequest> GetPaymentInfoAsync(IFormCollection form) => _checkout.GetPaymentInfoAsync(form);

    public Type GetPublicViewComponent() => typeof(Components.Public.PaymentInfoViewComponent);

    public async Task<string> GetPaymentMethodDescriptionAsync() =>
        await _localizationService.GetResourceAsync("Plugins.Payments.Ecster.PaymentMethodDescription");

    public bool SupportCapture => true;
    public bool SupportPartiallyRefund => true;
    public bool SupportRefund => true;
    public bool SupportVoid => true;
    public RecurringPaymentType RecurringPaymentType => RecurringPaymentType.NotSupported;
    public PaymentMethodType PaymentMethodType => PaymentMethodType.Standard;
    public bool SkipPaymentInfo => false;

    #endregion

    #region Widget

    /// <summary>Hidden from the admin widget list: it is configured with the payment method, not on its own.</summary>
    public bool HideInWidgetList => true;

    public Task<IList<string>> GetWidgetZonesAsync()
    {
        IList<string> zones = [];
        if (_ecsterSettings.ProductWidgetEnabled && !string.IsNullOrWhiteSpace(_ecsterSettings.ProductWidgetZone))
            zones.Add(_ecsterSettings.ProductWidgetZone);
        if (_ecsterSettings.CartWidgetEnabled)
            zones.Add(PublicWidgetZones.OrderSummaryContentAfter);
        // The Ecster panel on the admin order page; it renders nothing for orders paid another way.
        zones.Add(AdminWidgetZones.OrderDetailsBlock);
        return Task.FromResult(zones);
    }

    /// <summary>The admin order page gets the Ecster panel; every other zone the monthly-cost figure (product or cart, by zone).</summary>
    public Type GetWidgetViewComponent(string widgetZone) => widgetZone == AdminWidgetZones.OrderDetailsBlock
        ? typeof(Components.Admin.OrderPanelViewComponent)
        : typeof(Components.Public.MonthlyCostViewComponent);

    #endregion
}
