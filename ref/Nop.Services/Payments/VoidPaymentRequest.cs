// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/VoidPaymentRequest.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial class VoidPaymentRequest
{
    public Order Order { get; set; }
}
