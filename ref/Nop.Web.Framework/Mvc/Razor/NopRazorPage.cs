// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Mvc/Razor/NopRazorPage.cs
using Nop.Services.Localization;
using Nop.Web.Framework.Localization;

namespace Nop.Web.Framework.Mvc.Razor;

// The base page of every plugin view (through the plugin's own _ViewImports.cshtml). Declared so the plugin's views
// compile here only when they would compile in a store: a view gets T from this page and nothing more.
public abstract partial class NopRazorPage<TModel> : Microsoft.AspNetCore.Mvc.Razor.RazorPage<TModel>
{
    protected ILocalizationService _localizationService;
    protected Localizer _localizer;

    public Localizer T => throw null!;
}
