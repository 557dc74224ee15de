// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/LowStockActivity.cs
namespace Nop.Core.Domain.Catalog;

public enum LowStockActivity
{
    Nothing = 0,
    DisableBuyButton = 1,
    Unpublish = 2
}
