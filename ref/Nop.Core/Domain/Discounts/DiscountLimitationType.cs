// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Discounts/DiscountLimitationType.cs
namespace Nop.Core.Domain.Discounts;

public enum DiscountLimitationType
{
    Unlimited = 0,
    NTimesOnly = 15,
    NTimesPerCustomer = 25
}
