// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Catalog/IProductService.cs
using Nop.Core.Domain.Catalog;

namespace Nop.Services.Catalog;

// Reading products by id only.
public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);

    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);
}
