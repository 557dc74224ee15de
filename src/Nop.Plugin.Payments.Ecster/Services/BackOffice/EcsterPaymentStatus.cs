using Ecster.Client.Models;
using Nop.Core.Domain.Payments;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>
/// nopCommerce's payment status for what Ecster says about an order, from its amounts (the status names are
/// partly assumed in the contract; the amounts are not). A partly debited order stays Authorized: the rest can
/// still be captured, which is what nopCommerce's Capture button offers.
/// </summary>
public static class EcsterPaymentStatus
{
    public static PaymentStatus From(Order ecster)
    {
        if (ecster.DebitedAmount == 0)
            return ecster.RemainingAmount == 0 && ecster.AnnulledAmount > 0 ? PaymentStatus.Voided : PaymentStatus.Authorized;
        if (ecster.CreditedAmount >= ecster.DebitedAmount && ecster.RemainingAmount == 0)
            return PaymentStatus.Refunded;
        if (ecster.CreditedAmount > 0)
            return PaymentStatus.PartiallyRefunded;
        return ecster.RemainingAmount > 0 ? PaymentStatus.Authorized : PaymentStatus.Paid;
    }
}
