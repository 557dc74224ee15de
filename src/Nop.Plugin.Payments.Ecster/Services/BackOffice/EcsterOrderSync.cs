using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Orders;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>
/// Makes the nopCommerce order show what Ecster says: movements made outside the shop (Ecster's portal) are
/// mirrored into the ledger with a note, and the payment status, paid date and refunded amount follow Ecster's
/// amounts. Call inside the order's lock with a freshly read Ecster order, never with a notification's body.
/// </summary>
public class EcsterOrderSync
{
    private readonly IOrderService _orderService;
    private readonly IOrderProcessingService _orderProcessingService;
    private readonly OrderNotes _notes;
    private readonly TimeProvider _timeProvider;

    public EcsterOrderSync(IOrderService orderService, IOrderProcessingService orderProcessingService, OrderNotes notes, TimeProvider timeProvider)
    {
        _orderService = orderService;
        _orderProcessingService = orderProcessingService;
        _notes = notes;
        _timeProvider = timeProvider;
    }

    /// <summary>Adds Ecster's transactions the ledger does not know as external entries; true if any was added.</summary>
    public async Task<bool> MirrorExternalMovementsAsync(NopOrder order, Order ecster, MoneyLedgerDocument ledger)
    {
        var added = false;
        foreach (var transaction in ecster.Transactions)
        {
            if (ledger.KnowsTransaction(transaction.Id))
                continue;
            // One of ours still open is settled by the reconciler, not mirrored. A second transaction with a
            // reference we already matched is mirrored: Ecster does not deduplicate, so it is real money.
            if (transaction.TransactionReference is { } reference && ledger.FindByReference(reference) is { EcsterTransactionId: null })
                continue;

            if (!TryType(transaction.Type, out var type))
                continue;
            var now = _timeProvider.GetUtcNow().UtcDateTime;
            ledger.Entries.Add(new LedgerEntry
            {
                Type = type,
                Reference = transaction.TransactionReference ?? transaction.Id,
                Amount = transaction.Amount,
                State = LedgerEntryState.Succeeded,
                EcsterTransactionId = transaction.Id,
                Trigger = "Ecster",
                External = true,
                CreatedOnUtc = transaction.CreatedAt?.UtcDateTime ?? now,
                CompletedOnUtc = now
            });
            await _notes.AddAsync(order, "ExternalMovement", type, BackOfficeTexts.Sek(transaction.Amount), transaction.Id);
            added = true;
        }

        return added;
    }

    /// <summary>Sets the order's payment status from Ecster's amounts; true when the order changed (and was saved).</summary>
    public async Task<bool> ApplyStatusAsync(NopOrder order, Order ecster)
    {
        var status = EcsterPaymentStatus.From(ecster);
        var changed = false;
        var previous = order.PaymentStatus;
        if (order.PaymentStatus != status)
        {
            order.PaymentStatus = status;
            changed = true;
        }

        if (status == PaymentStatus.Paid && order.PaidDateUtc is null)
        {
            order.PaidDateUtc = _timeProvider.GetUtcNow().UtcDateTime;
            changed = true;
        }

        // Ecster credits SEK; nopCommerce records its own currency, the same amount rounded the same way.
        if (ecster.CreditedAmount > 0 && SekRate.ForOrder(order).ToPrimary(ecster.CreditedAmount) is var refunded && order.RefundedAmount != refunded)
        {
            order.RefundedAmount = refunded;
            changed = true;
        }

        var lastDebit = ecster.Transactions.LastOrDefault(t => t.Type == TransactionType.Debit);
        if (lastDebit is not null && string.IsNullOrEmpty(order.CaptureTransactionId))
        {
            order.CaptureTransactionId = lastDebit.Id;
            changed = true;
        }

        if (!changed)
            return false;

        await _orderService.UpdateOrderAsync(order);
        if (previous != status)
        {
            await _notes.AddAsync(order, "StatusFollowsEcster", ecster.Status, previous, status);
            // Processing/Complete depend on the payment status; let nopCommerce recompute its order status.
            await _orderProcessingService.CheckOrderStatusAsync(order);
        }

        return true;
    }

    private static bool TryType(string? ecsterType, out MovementType type)
    {
        switch (ecsterType)
        {
            case TransactionType.Debit: type = MovementType.Debit; return true;
            case TransactionType.Credit: type = MovementType.Credit; return true;
            case TransactionType.Annul: type = MovementType.Annul; return true;
            default: type = default; return false;
        }
    }
}
