// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Localization/LocalizedString.cs
using Microsoft.AspNetCore.Html;

namespace Nop.Web.Framework.Localization;

// Data shape: the text it is built with is both its HTML (it is an HtmlString, written to the page unencoded) and
// its Text, so a test rendering a view sees what a store writes.
public partial class LocalizedString : HtmlString
{
    public LocalizedString(string localized) : base(localized)
    {
        Text = localized;
    }

    public string Text { get; }
}
