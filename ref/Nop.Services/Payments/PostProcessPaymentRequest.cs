// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Payments/PostProcessPaymentRequest.cs
using Nop.Core.Domain.Orders;

namespace Nop.Services.Payments;

public partial class PostProcessPaymentRequest
{
    public Order Order { get; set; }
}
