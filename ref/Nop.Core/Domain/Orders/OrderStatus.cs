// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/OrderStatus.cs
namespace Nop.Core.Domain.Orders;

public enum OrderStatus
{
    Pending = 10,
    Processing = 20,
    Complete = 30,
    Cancelled = 40
}
