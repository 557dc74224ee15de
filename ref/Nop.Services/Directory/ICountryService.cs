// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Directory/ICountryService.cs
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

// Reading countries; editing them and the billing/shipping lists are left out.
public partial interface ICountryService
{
    Task<Country> GetCountryByAddressAsync(Address address);

    Task<Country> GetCountryByIdAsync(int countryId);

    Task<Country> GetCountryByTwoLetterIsoCodeAsync(string twoLetterIsoCode);
}
