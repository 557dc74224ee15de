using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Plugin.Payments.Ecster.Services.Contact;
using Nop.Core;
using Nop.Services.Events;
using Nop.Services.Logging;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice.Events;

/// <summary>
/// An order whose total an admin changed is sent to Ecster (new cart, new amount) while nothing has moved on it;
/// after a debit Ecster cannot change the order, so the edit is refused there and the admin is told in a note.
/// Every order save raises this event; the ledger remembers the amount Ecster last confirmed, so an unchanged
/// total costs one attribute read and no call. Lock, ledger, read and mirror are <see cref="MovementEngine"/>'s.
/// An update replaces the order (docs §7.5: an attribute left out is deleted), so it re-sends every attribute the
/// create sent, read again from the nopCommerce order: reference, cart, contact details, recipient, notification
/// URL and sales person; the recipient only when the order's option allows one, as at the create. No payment
/// option: the ticket that options need is long gone after checkout (docs §13 A31).
/// </summary>
public class OrderEditedConsumer : IConsumer<EntityUpdatedEvent<NopOrder>>
{
    private readonly OrderCartLines _cartLines;
    private readonly OrderContactSource _contacts;
    private readonly MovementEngine _engine;
    private readonly ILogger _logger;
    private readonly OrderNotes _notes;
    private readonly Checkout.RecipientPermissions _recipients;
    private readonly SalesPersons _salesPersons;
    private readonly BackOfficeTexts _texts;
    private readonly IWebHelper _webHelper;

    public OrderEditedConsumer(OrderCartLines cartLines, OrderContactSource contacts, MovementEngine engine, ILogger logger, OrderNotes notes,
        Checkout.RecipientPermissions recipients, SalesPersons salesPersons, BackOfficeTexts texts, IWebHelper webHelper)
    {
        _recipients = recipients;
        _cartLines = cartLines;
        _contacts = contacts;
        _engine = engine;
        _logger = logger;
        _notes = notes;
        _salesPersons = salesPersons;
        _texts = texts;
        _webHelper = webHelper;
    }

    public async Task HandleEventAsync(EntityUpdatedEvent<NopOrder> eventMessage)
    {
        var order = eventMessage.Entity;
        if (!EcsterOrders.IsEcsterOrder(order) || order.Deleted || order.OrderStatus == Nop.Core.Domain.Orders.OrderStatus.Cancelled)
            return;
        if (order.PaymentStatus is PaymentStatus.Voided or PaymentStatus.Refunded)
            return;

        var total = SekRate.ForOrder(order).ToSek(order.OrderTotal);
        await _engine.SyncAsync(order,
            ledger => ledger.EcsterAmount != total && ledger.RefusedEditTotal != total,
            (client, ecster, ledger) => SendEditAsync(client, order, total, ecster, ledger));
    }

    /// <summary>Sends the edited cart if Ecster can still take it; answers Ecster's order as it stands after.</summary>
    private async Task<Order> SendEditAsync(IEcsterClient client, NopOrder order, decimal total, Order ecster, MoneyLedgerDocument ledger)
    {
        if (ecster.Amount == total)
            return ecster;
        if (ecster.Transactions.Count > 0 || ledger.Entries.Any(e => e.State != LedgerEntryState.Failed))
        {
            ledger.RefusedEditTotal = total;
            await _notes.AddAsync(order, "EditRefusedAfterDebit", BackOfficeTexts.Sek(total), BackOfficeTexts.Sek(ecster.Amount));
            return ecster;
        }

        try
        {
            var cart = await _cartLines.BuildCartAsync(order);
            var contact = await _contacts.ForOrderAsync(order);
            var updated = await client.UpdateOrderAsync(ecster.Id, new UpdateOrderRequest
            {
                OrderReference = ecster.OrderReference ?? order.OrderGuid.ToString(),
                Cart = cart,
                ContactInfo = contact.ContactInfo,
                Recipient = await _recipients.AllowedForAsync(order) ? contact.Recipient : null,
                NotificationUrl = _webHelper.GetStoreLocation() + EcsterDefaults.Routes.NotificationPath,
                SalesPerson = await _salesPersons.OfOrderAsync(order)
            });
            ledger.EcsterAmount = updated.Amount;
            ledger.RefusedEditTotal = null;
            await _notes.AddAsync(order, "OrderUpdated", BackOfficeTexts.Sek(ecster.Amount), BackOfficeTexts.Sek(updated.Amount));
            return updated;
        }
        catch (EcsterApiException error)
        {
            // A passing failure is tried again on the next save; a refusal is noted once.
            if (error.Kind is not (EcsterErrorKind.Transient or EcsterErrorKind.UnknownOutcome))
                ledger.RefusedEditTotal = total;
            await _notes.AddAsync(order, "EditNotSent", BackOfficeTexts.Sek(total), await _texts.ErrorAsync(error));
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            // The cart could not be built (e.g. a zero total): nothing was sent.
            ledger.RefusedEditTotal = total;
            await _logger.WarningAsync($"Ecster: order {order.Id} edit not sent: {error.Message}");
            await _notes.AddAsync(order, "EditNotSent", BackOfficeTexts.Sek(total), error.Message);
        }

        return ecster;
    }
}
