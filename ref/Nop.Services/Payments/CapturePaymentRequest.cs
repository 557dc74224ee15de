// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/CapturePaymentRequest.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial class CapturePaymentRequest
{
    public Order Order { get; set; }
}
