// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/CapturePaymentResult.cs
using Nop.Core.Domain.Payments;

namespace Nop.Services.Payments;

public partial class CapturePaymentResult : BaseNopResult
{
    public string CaptureTransactionId { get; set; }

    public string CaptureTransactionResult { get; set; }

    // Pending unless the plugin says otherwise, as in the real class: the core copies it onto the order.
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}
