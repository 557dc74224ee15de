using Ecster.Client;
using Ecster.Client.Models;
using Nop.Core;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Consent;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>
/// The order screen's buttons: Capture → DEBIT of what is authorised and not yet debited, Refund → CREDIT of the
/// amount (split across debits when one does not cover it), Void → ANNUL of what is not debited. Each runs
/// through <see cref="MovementEngine"/>, so a double click or a lost answer never moves money twice; a repeat of
/// a finished operation answers its result.
/// </summary>
public class MoneyMovements : IMoneyMovements
{
    private readonly DebitConsents _consents;
    private readonly MovementEngine _engine;
    private readonly IWorkContext _workContext;

    public MoneyMovements(DebitConsents consents, MovementEngine engine, IWorkContext workContext)
    {
        _consents = consents;
        _engine = engine;
        _workContext = workContext;
    }

    public async Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest)
    {
        // The plugin's own consent record: Ecster's order shows none. Read before the order's lock (it may read Ecster).
        var consent = await _consents.StateAsync(capturePaymentRequest.Order);
        var outcome = await _engine.ExecuteAsync(capturePaymentRequest.Order, "Admin capture",
            (ecster, ledger) => DecideCapture(ecster, ledger, consent));
        var result = new CapturePaymentResult();
        if (!outcome.Success)
        {
            result.AddError(outcome.Error);
            return result;
        }

        result.CaptureTransactionId = outcome.Entry?.EcsterTransactionId ?? capturePaymentRequest.Order.CaptureTransactionId;
        result.CaptureTransactionResult = outcome.Entry is { } entry ? $"DEBIT {entry.Reference}" : "DEBIT";
        result.NewPaymentStatus = outcome.Ecster is { } ecster ? EcsterPaymentStatus.From(ecster) : PaymentStatus.Paid;
        return result;
    }

    public async Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest)
    {
        var order = refundPaymentRequest.Order;
        var key = await RefundKeyAsync(refundPaymentRequest);
        var outcome = await _engine.ExecuteAsync(order, refundPaymentRequest.IsPartialRefund ? "Admin partial refund" : "Admin refund",
            (ecster, ledger) => DecideRefund(ecster, ledger, refundPaymentRequest, key));
        var result = new RefundPaymentResult();
        if (!outcome.Success)
        {
            result.AddError(outcome.Error);
            return result;
        }

        result.NewPaymentStatus = outcome.Ecster is { } after ? EcsterPaymentStatus.From(after) : PaymentStatus.PartiallyRefunded;
        return result;
    }

    public async Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest)
    {
        var outcome = await _engine.ExecuteAsync(voidPaymentRequest.Order, "Admin void", DecideVoid);
        var result = new VoidPaymentResult();
        if (!outcome.Success)
        {
            result.AddError(outcome.Error);
            return result;
        }

        result.NewPaymentStatus = outcome.Ecster is { } ecster ? EcsterPaymentStatus.From(ecster) : PaymentStatus.Voided;
        return result;
    }

    internal static MovementDecision DecideCapture(Order ecster, MoneyLedgerDocument ledger, DebitConsentState consent)
    {
        if (consent.BlocksCapture && ecster.RemainingAmount > 0)
            return new MovementDecision.Refuse("Errors.DebitConsentRequired", EcsterErrorCode.DebitConsentRequired, "-");
        if (ecster.RemainingAmount > 0)
            return new MovementDecision.Move(MovementType.Debit, ecster.RemainingAmount);
        if (ecster.DebitedAmount > 0)
            return new MovementDecision.AlreadyDone(LastSucceeded(ledger, MovementType.Debit));
        return new MovementDecision.Refuse("Errors.NothingToCapture", ecster.Status);
    }

    /// <summary>
    /// What makes one refund click one intent: the admin who pressed it, what nopCommerce had refunded when the
    /// request began, and the amount, in öre (as the ledger stores it). A double click (same admin, same picture)
    /// is one intent and one credit; two admins refunding the same amount at the same moment are two intents and two
    /// credits; a later refund of the same amount, made after the first was recorded, is a new intent.
    /// </summary>
    internal async Task<string> RefundKeyAsync(RefundPaymentRequest request)
    {
        var admin = await _workContext.GetCurrentCustomerAsync();
        return $"{admin?.Id ?? 0}-{Ore(request.Order.RefundedAmount)}-{Ore(request.AmountToRefund)}";
    }

    internal static MovementDecision DecideRefund(Order ecster, MoneyLedgerDocument ledger, RefundPaymentRequest request, string key)
    {
        var move = new MovementDecision.Move(MovementType.Credit, 0m, key);
        var intent = MovementEngine.IntentOf(move)!;
        var done = ledger.SucceededOfIntent(intent);
        var refundable = ecster.DebitedAmount - ecster.CreditedAmount;
        var amount = request.IsPartialRefund ? SekRate.ForOrder(request.Order).ToSek(request.AmountToRefund) : refundable + done;
        if (done > 0 && done >= amount)
            return new MovementDecision.AlreadyDone(MovementEngine.DoneBefore(ledger, move));
        if (amount - done <= 0 || refundable <= 0)
            return new MovementDecision.Refuse("Errors.NothingToRefund", BackOfficeTexts.Sek(refundable));
        if (amount - done > refundable)
            return new MovementDecision.Refuse("Errors.AmountExceedsDebited", EcsterErrorCode.AmountExceedsDebit, "-");
        return move with { Amount = amount };
    }

    internal static MovementDecision DecideVoid(Order ecster, MoneyLedgerDocument ledger)
    {
        if (ecster.RemainingAmount > 0)
            return new MovementDecision.Move(MovementType.Annul, ecster.RemainingAmount);
        if (ecster.AnnulledAmount > 0 && ecster.DebitedAmount == 0)
            return new MovementDecision.AlreadyDone(LastSucceeded(ledger, MovementType.Annul));
        return new MovementDecision.Refuse("Errors.NothingToAnnul", "-", "-");
    }

    private static LedgerEntry? LastSucceeded(MoneyLedgerDocument ledger, MovementType type) =>
        ledger.Entries.LastOrDefault(e => e.Type == type && e.State == LedgerEntryState.Succeeded);

    private static long Ore(decimal sek) => global::Ecster.Client.Money.ToOre(sek);
}
