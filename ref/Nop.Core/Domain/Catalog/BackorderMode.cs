// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/BackorderMode.cs
namespace Nop.Core.Domain.Catalog;

public enum BackorderMode
{
    NoBackorders = 0,
    AllowQtyBelow0 = 1,
    AllowQtyBelow0AndNotifyCustomer = 2
}
