// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/RecurringProductCyclePeriod.cs
namespace Nop.Core.Domain.Catalog;

public enum RecurringProductCyclePeriod
{
    Days = 0,
    Weeks = 10,
    Months = 20,
    Years = 30
}
