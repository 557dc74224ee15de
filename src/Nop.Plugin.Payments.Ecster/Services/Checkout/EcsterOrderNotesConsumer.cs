using Nop.Core.Domain.Orders;
using Nop.Services.Events;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// Writes the checkout's steps (Ecster order id, option, status) as order notes once nopCommerce has saved an Ecster
/// order. Notes are for the shop's staff only and never contain a personal number.
/// </summary>
public class EcsterOrderNotesConsumer : IConsumer<OrderPlacedEvent>
{
    private readonly CheckoutJournal _journal;
    private readonly IOrderService _orderService;
    private readonly RecipientPermissions _recipients;
    private readonly Contact.SalesPersons _salesPersons;
    private readonly TimeProvider _time;

    public EcsterOrderNotesConsumer(CheckoutJournal journal, IOrderService orderService, RecipientPermissions recipients,
        Contact.SalesPersons salesPersons, TimeProvider time)
    {
        _journal = journal;
        _orderService = orderService;
        _recipients = recipients;
        _salesPersons = salesPersons;
        _time = time;
    }

    public async Task HandleEventAsync(OrderPlacedEvent eventMessage)
    {
        var order = eventMessage.Order;
        if (order?.PaymentMethodSystemName != EcsterDefaults.SystemName)
            return;

        await _salesPersons.KeepOnOrderAsync(order);
        await _recipients.KeepOnOrderAsync(order);
        var notes = (await _journal.TakeAsync(order.OrderGuid)).ToList();
        // The journal is memory; after a restart between payment and placement the order itself still says enough.
        if (notes.Count == 0 && !string.IsNullOrEmpty(order.AuthorizationTransactionId))
            notes.Add($"Ecster: order {order.AuthorizationTransactionId}, status {order.AuthorizationTransactionResult}.");

        foreach (var note in notes)
        {
            await _orderService.InsertOrderNoteAsync(new OrderNote
            {
                OrderId = order.Id,
                Note = note,
                DisplayToCustomer = false,
                CreatedOnUtc = _time.GetUtcNow().UtcDateTime
            });
        }
    }
}
