using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Services.Events;
using Nop.Services.Logging;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;

/// <summary>
/// An order whose total an admin changed is sent to Ecster (new cart, new amount) while nothing has moved on it;
/// after a debit Ecster cannot change the order, so the edit is refused there and the admin is told in a note.
/// Every order save raises this event; the ledger remembers the amount Ecster last confirmed, so an unchanged
/// total costs one attribute read and no call.
/// </summary>
public class OrderEditedConsumer : IConsumer<EntityUpdatedEvent<NopOrder>>
{
    private readonly IStoreEcsterClients _clients;
    private readonly OrderCartLines _cartLines;
    private readonly MoneyLedger _ledger;
    private readonly OrderLocks _locks;
    private readonly ILogger _logger;
    private readonly OrderNotes _notes;
    private readonly BackOfficeTexts _texts;

    public OrderEditedConsumer(IStoreEcsterClients clients, OrderCartLines cartLines, MoneyLedger ledger, OrderLocks locks,
        ILogger logger, OrderNotes notes, BackOfficeTexts texts)
    {
        _clients = clients;
        _cartLines = cartLines;
        _ledger = ledger;
        _locks = locks;
        _logger = logger;
        _notes = notes;
        _texts = texts;
    }

    public async Task HandleEventAsync(EntityUpdatedEvent<NopOrder> eventMessage)
    {
        var order = eventMessage.Entity;
        if (!EcsterOrders.IsEcsterOrder(order) || order.Deleted || order.OrderStatus == Nop.Core.Domain.Orders.OrderStatus.Cancelled)
            return;
        if (order.PaymentStatus is PaymentStatus.Voided or PaymentStatus.Refunded)
            return;
        var client = await _clients.ForStoreAsync(order.StoreId);
        if (client is null)
            return;

        await _locks.RunAsync(OrderLocks.ForOrder(order.Id), async () =>
        {
            var ledger = await _ledger.LoadAsync(order);
            var total = Math.Round(order.OrderTotal, 2, MidpointRounding.AwayFromZero);
            if (ledger.EcsterAmount == total || ledger.RefusedEditTotal == total)
                return;

            try
            {
                var ecster = await client.GetOrderAsync(EcsterOrders.EcsterOrderId(order));
                ledger.EcsterAmount = ecster.Amount;
                if (ecster.Amount == total)
                {
                    await _ledger.SaveAsync(order, ledger);
                    return;
                }

                if (ecster.Transactions.Count > 0 || ledger.Entries.Any(e => e.State != LedgerEntryState.Failed))
                {
                    ledger.RefusedEditTotal = total;
                    await _ledger.SaveAsync(order, ledger);
                    await _notes.AddAsync(order, "EditRefusedAfterDebit", BackOfficeTexts.Sek(total), BackOfficeTexts.Sek(ecster.Amount));
                    return;
                }

                var cart = await _cartLines.BuildCartAsync(order);
                var updated = await client.UpdateOrderAsync(ecster.Id, new UpdateOrderRequest { Cart = cart });
                ledger.EcsterAmount = updated.Amount;
                ledger.RefusedEditTotal = null;
                await _ledger.SaveAsync(order, ledger);
                await _notes.AddAsync(order, "OrderUpdated", BackOfficeTexts.Sek(ecster.Amount), BackOfficeTexts.Sek(updated.Amount));
            }
            catch (EcsterApiException error)
            {
                // A passing failure is tried again on the next save; a refusal is noted once.
                if (error.Kind is not (EcsterErrorKind.Transient or EcsterErrorKind.UnknownOutcome))
                    ledger.RefusedEditTotal = total;
                await _ledger.SaveAsync(order, ledger);
                await _notes.AddAsync(order, "EditNotSent", BackOfficeTexts.Sek(total), await _texts.ErrorAsync(error));
            }
            catch (Exception error) when (error is InvalidOperationException or ArgumentException)
            {
                // The cart could not be built (e.g. a zero total): nothing was sent.
                ledger.RefusedEditTotal = total;
                await _ledger.SaveAsync(order, ledger);
                await _logger.WarningAsync($"Ecster: order {order.Id} edit not sent: {error.Message}");
                await _notes.AddAsync(order, "EditNotSent", BackOfficeTexts.Sek(total), error.Message);
            }
        });
    }
}
