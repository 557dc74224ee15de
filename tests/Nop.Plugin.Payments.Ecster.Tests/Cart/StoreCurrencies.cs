using Moq;
using Nop.Core;
using Nop.Core.Domain.Directory;
using Nop.Plugin.Payments.Ecster.Services.Cart;
using Nop.Services.Directory;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

/// <summary>
/// A store's currencies as nopCommerce keeps them: rates relative to the primary exchange-rate currency (rate 1).
/// A EUR store with SEK at 11.5 sells a 1 000 EUR cart for 11 500 kr.
/// </summary>
internal static class StoreCurrencies
{
    public static Currency Sek(decimal rate = 1m) => new() { Id = 1, CurrencyCode = "SEK", Rate = rate, Published = true };
    public static Currency Eur(decimal rate = 1m) => new() { Id = 2, CurrencyCode = "EUR", Rate = rate, Published = true };

    /// <summary>The shopper's SEK rate in a store whose primary currency is <paramref name="primary"/>.</summary>
    public static ShopperSekRate Shopper(Currency primary, Currency shopper)
    {
        var currencies = new Mock<ICurrencyService>();
        currencies.Setup(c => c.GetCurrencyByIdAsync(primary.Id)).ReturnsAsync(primary);
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(shopper);
        return new ShopperSekRate(new CurrencySettings { PrimaryStoreCurrencyId = primary.Id }, currencies.Object, workContext.Object);
    }

    /// <summary>A SEK store: the shopper's currency is the primary one.</summary>
    public static ShopperSekRate SekStore()
    {
        var sek = Sek();
        return Shopper(sek, sek);
    }

    /// <summary>A EUR store with SEK at <paramref name="sekPerEur"/>, the shopper paying in SEK.</summary>
    public static ShopperSekRate EurStore(decimal sekPerEur) => Shopper(Eur(), Sek(sekPerEur));
}
