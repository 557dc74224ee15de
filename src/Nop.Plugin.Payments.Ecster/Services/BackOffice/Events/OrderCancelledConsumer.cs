using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Events;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;

/// <summary>
/// An order cancelled in nopCommerce releases at Ecster what is not debited (ANNUL); what was debited stays and is
/// refunded by an admin if due. Repeats are one intent ("cancel"), so the engine annuls once.
/// </summary>
public class OrderCancelledConsumer : IConsumer<OrderStatusChangedEvent>
{
    private readonly MovementEngine _engine;

    public OrderCancelledConsumer(MovementEngine engine) => _engine = engine;

    public async Task HandleEventAsync(OrderStatusChangedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (order.OrderStatus != OrderStatus.Cancelled || eventMessage.PreviousOrderStatus == OrderStatus.Cancelled)
            return;
        if (!EcsterOrders.IsEcsterOrder(order))
            return;

        await _engine.ExecuteAsync(order, "Order cancelled", (ecster, _) => ecster.RemainingAmount > 0
            ? new MovementDecision.Move(MovementType.Annul, ecster.RemainingAmount, "cancel")
            : new MovementDecision.AlreadyDone(null), mirrorOntoOrder: true);
    }
}
