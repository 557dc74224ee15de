using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Validators;

/// <summary>"Test connection": only the rules a connection needs; nothing is saved.</summary>
public class ConnectionTestValidator : ConnectionRulesValidator<ConnectionTestModel>
{
    public ConnectionTestValidator(ILocalizationService localizationService, ISettingService settingService, IStoreContext storeContext)
        : base(localizationService, settingService, storeContext)
    {
    }
}
