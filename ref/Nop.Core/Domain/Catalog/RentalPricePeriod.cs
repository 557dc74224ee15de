// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/RentalPricePeriod.cs
namespace Nop.Core.Domain.Catalog;

public enum RentalPricePeriod
{
    Days = 0,
    Weeks = 10,
    Months = 20,
    Years = 30
}
