// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/UI/ResourceLocation.cs
namespace Nop.Web.Framework.UI;

public enum ResourceLocation
{
    Auto,
    None,
    Head,
    Footer,
}
