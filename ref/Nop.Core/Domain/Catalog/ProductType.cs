// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/ProductType.cs
namespace Nop.Core.Domain.Catalog;

public enum ProductType
{
    SimpleProduct = 5,
    GroupedProduct = 10
}
