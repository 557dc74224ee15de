// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/IStoreContext.cs
using Nop.Core.Domain.Stores;

namespace Nop.Core;

public partial interface IStoreContext
{
    Task<Store> GetCurrentStoreAsync();

    Store GetCurrentStore();

    Task<int> GetActiveStoreScopeConfigurationAsync();
}
