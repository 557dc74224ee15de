using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Localization;
using Nop.Web.Framework.Localization;
using Nop.Web.Framework.Mvc.Razor;

namespace Ecster.Integration.Tests.Browser.Host;

/// <summary>
/// The base page of the plugin's views when the test store renders them: nopCommerce's NopRazorPage (whose T has no
/// body in ref/) with T as nopCommerce 4.90.3 implements it: the resource, or the key when there is none, formatted
/// with its arguments and returned as HTML (a LocalizedString), arguments unencoded.
/// </summary>
public abstract class HostRazorPage<TModel> : NopRazorPage<TModel>
{
    public new Localizer T => (text, args) =>
    {
        var localization = Context.RequestServices.GetRequiredService<ILocalizationService>();
        var format = localization.GetResourceAsync(text).Result;
        if (string.IsNullOrEmpty(format))
            return new LocalizedString(text);
        return new LocalizedString(args is null || args.Length == 0 ? format : string.Format(format, args));
    };
}
