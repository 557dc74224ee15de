// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/OrderPaidEvent.cs
namespace Nop.Core.Domain.Orders;

public partial class OrderPaidEvent
{
    public OrderPaidEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
