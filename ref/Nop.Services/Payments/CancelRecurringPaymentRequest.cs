// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/CancelRecurringPaymentRequest.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial class CancelRecurringPaymentRequest
{
    public Order Order { get; set; }
}
