using Nop.Services;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Services;

/// <summary>The clear failure an operation gives until it is built: never a fake success, and no money moved.</summary>
public static class NotSupportedYet
{
    public static async Task<T> ResultAsync<T>(ILocalizationService localizationService) where T : BaseNopResult, new()
    {
        var result = new T();
        result.AddError(await localizationService.GetResourceAsync("Plugins.Payments.Ecster.Errors.NotSupportedYet"));
        return result;
    }
}
