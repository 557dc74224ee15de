// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/NopVersion.cs
namespace Nop.Core;

public static class NopVersion
{
    public const string CURRENT_VERSION = "4.90";

    public const string MINOR_VERSION = "3";

    public const string FULL_VERSION = CURRENT_VERSION + "." + MINOR_VERSION;
}
