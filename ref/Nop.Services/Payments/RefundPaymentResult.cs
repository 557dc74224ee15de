// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/RefundPaymentResult.cs
using Nop.Core.Domain.Payments;

namespace Nop.Services.Payments;

public partial class RefundPaymentResult : BaseNopResult
{
    // Pending unless the plugin says otherwise, as in the real class: the core copies it onto the order.
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}
