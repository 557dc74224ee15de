using Nop.Core.Domain.Shipping;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Orders;
using Nop.Services.Shipping;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;

/// <summary>
/// When the store debits on shipment (<see cref="EcsterCaptureMode.OnShipmentSent"/>), a sent shipment debits
/// what the shopper pays for the items it carries (<see cref="ShipmentShare"/>: after discounts, gift cards and
/// reward points), in SEK at the order's rate; the shipment that completes the order debits whatever is left
/// (shipping, fees, rounding), so the debits add up to the order total. Each shipment's debit has its own reference
/// ("shipment{id}"), so the event firing twice debits once.
/// </summary>
public class ShipmentSentConsumer : IConsumer<ShipmentSentEvent>
{
    private readonly MovementEngine _engine;
    private readonly IOrderService _orderService;
    private readonly ISettingService _settingService;
    private readonly IShipmentService _shipmentService;

    public ShipmentSentConsumer(MovementEngine engine, IOrderService orderService,
        ISettingService settingService, IShipmentService shipmentService)
    {
        _engine = engine;
        _orderService = orderService;
        _settingService = settingService;
        _shipmentService = shipmentService;
    }

    public async Task HandleEventAsync(ShipmentSentEvent eventMessage)
    {
        var shipment = eventMessage.Shipment;
        var order = await _orderService.GetOrderByIdAsync(shipment.OrderId);
        if (!EcsterOrders.IsEcsterOrder(order))
            return;
        var settings = await _settingService.LoadSettingAsync<EcsterSettings>(order.StoreId);
        if (settings.CaptureMode != EcsterCaptureMode.OnShipmentSent)
            return;

        var (shippedValue, completesOrder) = await ShippedValueAsync(order, shipment);
        var shippedSek = SekRate.ForOrder(order).ToSek(shippedValue);
        // A refusal (e.g. no debit consent yet) is already on the order as a note; the admin captures later.
        await _engine.ExecuteAsync(order, $"Shipment {shipment.Id}", (ecster, _) =>
        {
            if (ecster.RemainingAmount <= 0)
                return new MovementDecision.AlreadyDone(null);
            var amount = completesOrder ? ecster.RemainingAmount : Math.Min(shippedSek, ecster.RemainingAmount);
            return amount > 0
                ? new MovementDecision.Move(MovementType.Debit, amount, $"shipment{shipment.Id}")
                : new MovementDecision.AlreadyDone(null);
        }, mirrorOntoOrder: true);
    }

    /// <summary>
    /// What the shopper pays (primary currency) for the items in this shipment, and whether, with it, every
    /// shippable item of the order has been sent.
    /// </summary>
    private async Task<(decimal Value, bool CompletesOrder)> ShippedValueAsync(NopOrder order, Shipment shipment)
    {
        var orderId = order.Id;
        var allItems = (await _orderService.GetOrderItemsAsync(orderId)).ToList();
        var items = (await _orderService.GetOrderItemsAsync(orderId, isShipEnabled: true)).ToDictionary(i => i.Id);
        var shippedItems = (await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
            .Where(s => items.ContainsKey(s.OrderItemId))
            .Select(s => (items[s.OrderItemId], s.Quantity));
        var value = ShipmentShare.Of(order, allItems, shippedItems);

        var sent = new Dictionary<int, int>();
        foreach (var sentShipment in await _shipmentService.GetShipmentsByOrderIdAsync(orderId, shipped: true))
            foreach (var shipped in await _shipmentService.GetShipmentItemsByShipmentIdAsync(sentShipment.Id))
                sent[shipped.OrderItemId] = sent.GetValueOrDefault(shipped.OrderItemId) + shipped.Quantity;
        // The event's shipment counts as sent even if the store has not saved its date yet.
        if (shipment.ShippedDateUtc is null)
            foreach (var shipped in await _shipmentService.GetShipmentItemsByShipmentIdAsync(shipment.Id))
                sent[shipped.OrderItemId] = sent.GetValueOrDefault(shipped.OrderItemId) + shipped.Quantity;

        var completes = items.Values.All(i => sent.GetValueOrDefault(i.Id) >= i.Quantity);
        return (value, completes);
    }
}
