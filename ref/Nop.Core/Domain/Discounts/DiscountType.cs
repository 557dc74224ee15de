// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Discounts/DiscountType.cs
namespace Nop.Core.Domain.Discounts;

public enum DiscountType
{
    AssignedToOrderTotal = 1,
    AssignedToSkus = 2,
    AssignedToCategories = 5,
    AssignedToManufacturers = 6,
    AssignedToShipping = 10,
    AssignedToOrderSubTotal = 20
}
