// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Stores/IStoreMappingSupported.cs
namespace Nop.Core.Domain.Stores;

public partial interface IStoreMappingSupported
{
    bool LimitedToStores { get; set; }
}
