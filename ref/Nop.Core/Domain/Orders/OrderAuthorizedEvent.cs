// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Orders/OrderAuthorizedEvent.cs
namespace Nop.Core.Domain.Orders;

public partial class OrderAuthorizedEvent
{
    public OrderAuthorizedEvent(Order order)
    {
        Order = order;
    }

    public Order Order { get; }
}
