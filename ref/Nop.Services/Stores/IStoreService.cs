// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Stores/IStoreService.cs
using Nop.Core.Domain.Stores;

namespace Nop.Services.Stores;

// Reading stores; editing them is left out.
public partial interface IStoreService
{
    Task<IList<Store>> GetAllStoresAsync();

    IList<Store> GetAllStores();

    Task<Store> GetStoreByIdAsync(int storeId);
}
