// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/ProcessPaymentResult.cs
using Nop.Core.Domain.Payments;

namespace Nop.Services.Payments;

public partial class ProcessPaymentResult : BaseNopResult
{
    public string AvsResult { get; set; }

    public string Cvv2Result { get; set; }

    public string AuthorizationTransactionId { get; set; }

    public string AuthorizationTransactionCode { get; set; }

    public string AuthorizationTransactionResult { get; set; }

    public string CaptureTransactionId { get; set; }

    public string CaptureTransactionResult { get; set; }

    public string SubscriptionTransactionId { get; set; }

    public bool AllowStoringCreditCardNumber { get; set; }

    public bool RecurringPaymentFailed { get; set; }

    // Pending unless the plugin says otherwise, as in the real class: the core copies it onto the order.
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}
