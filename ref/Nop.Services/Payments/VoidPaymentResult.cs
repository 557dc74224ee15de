// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/VoidPaymentResult.cs
using Nop.Core.Domain.Payments;

namespace Nop.Services.Payments;

public partial class VoidPaymentResult : BaseNopResult
{
    // Pending unless the plugin says otherwise, as in the real class: the core copies it onto the order.
    public PaymentStatus NewPaymentStatus { get; set; } = PaymentStatus.Pending;
}
