// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/ShoppingCartType.cs
namespace Nop.Core.Domain.Orders;

public enum ShoppingCartType
{
    ShoppingCart = 1,
    Wishlist = 2
}
