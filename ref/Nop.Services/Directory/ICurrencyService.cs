// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Directory/ICurrencyService.cs
using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

// Currencies and conversions; editing currencies and live rates are left out.
public partial interface ICurrencyService
{
    Task<Currency> GetCurrencyByIdAsync(int currencyId);

    Task<Currency> GetCurrencyByCodeAsync(string currencyCode);

    Task<IList<Currency>> GetAllCurrenciesAsync(bool showHidden = false, int storeId = 0);

    decimal ConvertCurrency(decimal amount, decimal exchangeRate);

    Task<decimal> ConvertToPrimaryStoreCurrencyAsync(decimal amount, Currency sourceCurrencyCode);

    Task<decimal> ConvertFromPrimaryStoreCurrencyAsync(decimal amount, Currency targetCurrencyCode);

    Task<decimal> ConvertCurrencyAsync(decimal amount, Currency sourceCurrencyCode, Currency targetCurrencyCode);
}
