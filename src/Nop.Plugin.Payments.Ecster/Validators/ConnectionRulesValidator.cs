using FluentValidation;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Payments.Ecster.Validators;

/// <summary>
/// The rules a connection needs, shared by the save and the test-connection validators: where to connect, keys that
/// could be keys, and stored keys only where they may go. Stored keys are those of the admin's active store scope.
/// Abstract, so nopCommerce's validator scan registers only the two concrete validators.
/// </summary>
public abstract class ConnectionRulesValidator<TModel> : BaseNopValidator<TModel> where TModel : ConfigurationModel
{
    protected const string Errors = "Plugins.Payments.Ecster.Admin.Validation.";

    private readonly ISettingService _settingService;
    private readonly IStoreContext _storeContext;

    protected ConnectionRulesValidator(ILocalizationService localizationService, ISettingService settingService, IStoreContext storeContext)
    {
        _settingService = settingService;
        _storeContext = storeContext;

        RuleFor(model => model.EnvironmentId)
            .Must(ConfigurationRules.IsKnownEnvironment)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "UnknownEnvironment")));

        RuleFor(model => model.SandboxBaseUrl)
            .Must(ConfigurationRules.IsSandboxUrl)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "SandboxUrl")))
            .When(ConfigurationRules.IsSandbox);
        RuleFor(model => model.SandboxBaseUrl)
            .Must((model, url) => ConfigurationRules.SandboxHostAllowed(url, model.SandboxRemoteConfirmed))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "SandboxNotLoopback")))
            .When(model => ConfigurationRules.IsSandbox(model) && ConfigurationRules.IsSandboxUrl(model.SandboxBaseUrl));

        RuleFor(model => model.ApiKey)
            .Must(ConfigurationRules.IsKeyShaped)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "KeyFormat")));
        RuleFor(model => model.MerchantKey)
            .Must(ConfigurationRules.IsKeyShaped)
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "KeyFormat")));

        // An empty key input means "use the stored key": refused where the stored key may not go.
        RuleFor(model => model.ApiKey)
            .Must((model, key) => !string.IsNullOrWhiteSpace(key) || StoredKeyMayGo(model, Wait(StoredAsync()), stored => stored.ApiKey))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "RetypeKeysForAddress")))
            .When(ConfigurationRules.ConnectionInputValid);
        RuleFor(model => model.MerchantKey)
            .Must((model, key) => !string.IsNullOrWhiteSpace(key) || StoredKeyMayGo(model, Wait(StoredAsync()), stored => stored.MerchantKey))
            .WithMessage(Wait(localizationService.GetResourceAsync(Errors + "RetypeKeysForAddress")))
            .When(ConfigurationRules.ConnectionInputValid);
    }

    /// <summary>
    /// The store runs validators synchronously during model binding, so a lookup is waited for here, as nopCommerce's
    /// own validators wait through its WithMessageAwait/MustAwait helpers.
    /// </summary>
    protected static T Wait<T>(Task<T> lookup) => lookup.GetAwaiter().GetResult();

    /// <summary>The settings stored for the admin's active store scope, as the controller loads them.</summary>
    protected async Task<EcsterSettings> StoredAsync() =>
        await _settingService.LoadSettingAsync<EcsterSettings>(await _storeContext.GetActiveStoreScopeConfigurationAsync());

    private static bool StoredKeyMayGo(ConfigurationModel model, EcsterSettings stored, Func<EcsterSettings, string?> key) =>
        string.IsNullOrWhiteSpace(key(stored)) || ConfigurationRules.StoredKeysMayGo(model, stored);
}
