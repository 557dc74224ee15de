// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Payments/PaymentStatus.cs
namespace Nop.Core.Domain.Payments;

public enum PaymentStatus
{
    Pending = 10,
    Authorized = 20,
    Paid = 30,
    PartiallyRefunded = 35,
    Refunded = 40,
    Voided = 50
}
