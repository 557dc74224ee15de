// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/OrderPlacedEvent.cs
namespace Nop.Core.Domain.Orders;

public partial class OrderPlacedEvent
{
    public OrderPlacedEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
