// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/GiftCardType.cs
namespace Nop.Core.Domain.Catalog;

public enum GiftCardType
{
    Virtual = 0,
    Physical = 1
}
