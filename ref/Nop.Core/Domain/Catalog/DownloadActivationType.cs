// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Catalog/DownloadActivationType.cs
namespace Nop.Core.Domain.Catalog;

public enum DownloadActivationType
{
    WhenOrderIsPaid = 0,
    Manually = 10
}
