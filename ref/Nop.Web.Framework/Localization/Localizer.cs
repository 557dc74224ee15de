// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Localization/Localizer.cs
namespace Nop.Web.Framework.Localization;

public delegate LocalizedString Localizer(string text, params object[] args);
