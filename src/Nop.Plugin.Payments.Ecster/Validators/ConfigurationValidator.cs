using FluentValidation;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Payments.Ecster.Validators;

/// <summary>Saving the configuration form: the connection rules and every rule of the other settings.</summary>
public class ConfigurationValidator : ConnectionRulesValidator<ConfigurationModel>
{
    public ConfigurationValidator(ILocalizationService localizationService, ISettingService settingService, IStoreContext storeContext)
        : base(localizationService, settingService, storeContext)
    {
        // An empty key input keeps the stored key, so a key is missing only when neither is there.
        RuleFor(model => model.ApiKey)
            .Must((_, key) => !string.IsNullOrWhiteSpace(key) || !string.IsNullOrWhiteSpace(Wait(StoredAsync()).ApiKey))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "ApiKeyRequired")))
            .When(ConfigurationRules.NeedsKeys);
        RuleFor(model => model.MerchantKey)
            .Must((_, key) => !string.IsNullOrWhiteSpace(key) || !string.IsNullOrWhiteSpace(Wait(StoredAsync()).MerchantKey))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "MerchantKeyRequired")))
            .When(ConfigurationRules.NeedsKeys);

        RuleFor(model => model.OfferInvoice)
            .Must((model, _) => model.OfferInvoice || model.OfferPartPayment || model.OfferAccount)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "NoMethodOffered")));

        RuleFor(model => model.MinOrderTotal)
            .GreaterThanOrEqualTo(0m)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "NotNegative")));
        RuleFor(model => model.MaxOrderTotal)
            .GreaterThanOrEqualTo(0m)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "NotNegative")));
        // Zero means no limit.
        RuleFor(model => model.MaxOrderTotal)
            .Must((model, max) => max <= 0 || model.MinOrderTotal <= max)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "MinAboveMax")));

        RuleFor(model => model.CaptureModeId)
            .Must(id => Enum.IsDefined((EcsterCaptureMode)id))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "UnknownCaptureMode")));

        RuleFor(model => model.WidgetMinPrice)
            .GreaterThanOrEqualTo(0m)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "NotNegative")));
        RuleFor(model => model.ProductWidgetZone)
            .Must(ConfigurationRules.IsWidgetZone)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "WidgetZone")))
            .When(model => model.ProductWidgetEnabled);
    }
}
