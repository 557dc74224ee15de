using Nop.Plugin.Payments.Ecster.Services.Api;
using Ecster.Client.Models;
using Nop.Core.Domain.Payments;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Movements;
using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>
/// The order screen's buttons: Capture → DEBIT of what is authorised and not yet debited, Refund → CREDIT of the
/// amount, Void → ANNUL of what is not debited. Each runs through <see cref="MovementEngine"/>, so a double click,
/// two admins or a lost answer never moves money twice; a repeat of a finished operation answers its result.
/// </summary>
public class MoneyMovements : IMoneyMovements
{
    private readonly MovementEngine _engine;

    public MoneyMovements(MovementEngine engine) => _engine = engine;

    public async Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest)
    {
        var outcome = await _engine.ExecuteAsync(capturePaymentRequest.Order, "Admin capture", DecideCapture);
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
        // The reference is keyed on what nopCommerce had refunded when the admin pressed the button: a double click
        // (both requests saw the same refunded amount) gets one reference and one credit; a later refund of the same
        // amount, made knowingly after the first was recorded, gets its own.
        var key = $"{Ore(order.RefundedAmount)}-{Ore(refundPaymentRequest.AmountToRefund)}";
        var outcome = await _engine.ExecuteAsync(order, refundPaymentRequest.IsPartialRefund ? "Admin partial refund" : "Admin refund",
            (ecster, ledger) => DecideRefund(ecster, ledger, refundPaymentRequest, order.OrderGuid.ToString("N") + "-credit-" + key, key));
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

    internal static MovementDecision DecideCapture(Order ecster, MoneyLedgerDocument ledger)
    {
        if (ecster.DebitConsent is { Required: true } consent && consent.Status != DebitConsentStatus.Signed)
            return new MovementDecision.Refuse("Errors." + EcsterErrorCodes.AdminText(EcsterErrorCodes.DebitConsentRequired), EcsterErrorCodes.DebitConsentRequired, "-");
        if (ecster.RemainingAmount > 0)
            return new MovementDecision.Move(MovementType.Debit, ecster.RemainingAmount);
        if (ecster.DebitedAmount > 0)
            return new MovementDecision.AlreadyDone(LastSucceeded(ledger, MovementType.Debit));
        return new MovementDecision.Refuse("Errors.NothingToCapture", ecster.Status);
    }

    internal static MovementDecision DecideRefund(Order ecster, MoneyLedgerDocument ledger, RefundPaymentRequest request, string reference, string key)
    {
        if (ledger.FindByReference(reference) is { State: LedgerEntryState.Succeeded } done)
            return new MovementDecision.AlreadyDone(done);

        var refundable = ecster.DebitedAmount - ecster.CreditedAmount;
        var amount = request.IsPartialRefund ? Math.Round(request.AmountToRefund, 2, MidpointRounding.AwayFromZero) : refundable;
        if (amount <= 0 || refundable <= 0)
            return new MovementDecision.Refuse("Errors.NothingToRefund", BackOfficeTexts.Sek(refundable));
        if (amount > refundable)
            return new MovementDecision.Refuse("Errors." + EcsterErrorCodes.AdminText(EcsterErrorCodes.AmountExceedsDebited), EcsterErrorCodes.AmountExceedsDebited, "-");
        return new MovementDecision.Move(MovementType.Credit, amount, key);
    }

    internal static MovementDecision DecideVoid(Order ecster, MoneyLedgerDocument ledger)
    {
        if (ecster.RemainingAmount > 0)
            return new MovementDecision.Move(MovementType.Annul, ecster.RemainingAmount);
        if (ecster.AnnulledAmount > 0 && ecster.DebitedAmount == 0)
            return new MovementDecision.AlreadyDone(LastSucceeded(ledger, MovementType.Annul));
        return new MovementDecision.Refuse("Errors." + EcsterErrorCodes.AdminText(EcsterErrorCodes.NothingToAnnul), EcsterErrorCodes.NothingToAnnul, "-");
    }

    private static LedgerEntry? LastSucceeded(MoneyLedgerDocument ledger, MovementType type) =>
        ledger.Entries.LastOrDefault(e => e.Type == type && e.State == LedgerEntryState.Succeeded);

    private static long Ore(decimal sek) => global::Ecster.Client.Money.ToOre(sek);
}
