using Nop.Services.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>The order screen's money operations: capture → DEBIT, refund → CREDIT, void → ANNUL, each exactly once.</summary>
public interface IMoneyMovements
{
    Task<CapturePaymentResult> CaptureAsync(CapturePaymentRequest capturePaymentRequest);

    Task<RefundPaymentResult> RefundAsync(RefundPaymentRequest refundPaymentRequest);

    Task<VoidPaymentResult> VoidAsync(VoidPaymentRequest voidPaymentRequest);
}
