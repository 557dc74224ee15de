// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/OrderVoidedEvent.cs
namespace Nop.Core.Domain.Orders;

public partial class OrderVoidedEvent
{
    public OrderVoidedEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
