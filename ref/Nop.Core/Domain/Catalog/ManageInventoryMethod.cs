// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/ManageInventoryMethod.cs
namespace Nop.Core.Domain.Catalog;

public enum ManageInventoryMethod
{
    DontManageStock = 0,
    ManageStock = 1,
    ManageStockByAttributes = 2
}
