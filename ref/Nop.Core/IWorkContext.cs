// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/IWorkContext.cs
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Tax;

namespace Nop.Core;

// The vendor members (GetCurrentVendorAsync) are left out: they would pull in the Vendor entity for nothing.
public partial interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();

    Task SetCurrentCustomerAsync(Customer customer = null);

    Customer OriginalCustomerIfImpersonated { get; }

    Task<Language> GetWorkingLanguageAsync();

    Task SetWorkingLanguageAsync(Language language);

    Task<Currency> GetWorkingCurrencyAsync();

    Task SetWorkingCurrencyAsync(Currency currency);

    Task<TaxDisplayType> GetTaxDisplayTypeAsync();

    Task SetTaxDisplayTypeAsync(TaxDisplayType taxDisplayType);
}
