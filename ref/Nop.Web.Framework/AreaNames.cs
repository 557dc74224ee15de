// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/AreaNames.cs
namespace Nop.Web.Framework;

public static class AreaNames
{
    public const string ADMIN = "Admin";
}
