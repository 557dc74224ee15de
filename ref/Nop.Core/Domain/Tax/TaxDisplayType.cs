// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Tax/TaxDisplayType.cs
namespace Nop.Core.Domain.Tax;

public enum TaxDisplayType
{
    IncludingTax = 0,
    ExcludingTax = 10
}
