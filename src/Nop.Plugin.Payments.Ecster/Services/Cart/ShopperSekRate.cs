using Nop.Core;
using Nop.Core.Domain.Directory;
using Nop.Services.Directory;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// The <see cref="SekRate"/> of the order the shopper is about to place, worked out the way nopCommerce's order
/// placement will record it on the order (<c>CurrencyRate</c> = the shopper's currency rate / the primary
/// currency's rate), so what checkout sends Ecster and what the saved order converts to are the same figure.
/// </summary>
public class ShopperSekRate
{
    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly IWorkContext _workContext;

    public ShopperSekRate(CurrencySettings currencySettings, ICurrencyService currencyService, IWorkContext workContext)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _workContext = workContext;
    }

    /// <summary>The rate, or null when the shopper does not pay in SEK (Ecster is not offered then).</summary>
    public async Task<SekRate?> GetAsync()
    {
        var shopper = await _workContext.GetWorkingCurrencyAsync();
        if (!string.Equals(shopper?.CurrencyCode, EcsterDefaults.Currency, StringComparison.OrdinalIgnoreCase))
            return null;

        var primary = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        if (primary is null)
            throw new InvalidOperationException("The store's primary currency cannot be loaded.");
        if (primary.Id == shopper!.Id)
            return new SekRate(1m, shopper.CurrencyCode);
        if (primary.Rate <= 0 || shopper.Rate <= 0)
            throw new InvalidOperationException($"The store's currency rates are not set ({primary.CurrencyCode} {primary.Rate}, SEK {shopper.Rate}).");
        return new SekRate(shopper.Rate / primary.Rate, primary.CurrencyCode);
    }
}
