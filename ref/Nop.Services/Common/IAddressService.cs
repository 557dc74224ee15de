// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Common/IAddressService.cs
using Nop.Core.Domain.Common;

namespace Nop.Services.Common;

// Reading an address by id; counting, editing, validating and formatting addresses are left out.
public partial interface IAddressService
{
    Task<Address> GetAddressByIdAsync(int addressId);
}
