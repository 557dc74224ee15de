// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/RefundPaymentRequest.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial class RefundPaymentRequest
{
    public Order Order { get; set; }

    public decimal AmountToRefund { get; set; }

    public bool IsPartialRefund { get; set; }
}
