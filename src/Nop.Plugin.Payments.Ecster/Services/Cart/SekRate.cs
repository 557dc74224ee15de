using System.Globalization;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// How many SEK one unit of the store's primary currency is, and the one rounding rule for money the plugin sends:
/// nopCommerce's amounts (primary currency) are the source; Ecster sees them times this rate, rounded to whole öre
/// half away from zero. The rate is nopCommerce's own: the order's <see cref="NopOrder.CurrencyRate"/>, which order
/// placement sets to the shopper's currency rate over the primary currency's, and the shopper pays in SEK (Ecster
/// is offered only then). In a store whose primary currency is SEK it is 1.
/// </summary>
public sealed record SekRate
{
    /// <summary>A store whose primary currency is SEK: amounts go to Ecster as they are.</summary>
    public static readonly SekRate Identity = new(1m);

    /// <param name="sekPerPrimaryUnit">SEK for one unit of the primary currency.</param>
    /// <param name="primaryCode">The primary currency's code where known, for notes.</param>
    public SekRate(decimal sekPerPrimaryUnit, string? primaryCode = null)
    {
        if (sekPerPrimaryUnit <= 0)
            throw new ArgumentOutOfRangeException(nameof(sekPerPrimaryUnit), sekPerPrimaryUnit, "A currency rate must be positive.");
        SekPerPrimaryUnit = sekPerPrimaryUnit;
        PrimaryCode = primaryCode;
    }

    public decimal SekPerPrimaryUnit { get; }

    public string? PrimaryCode { get; }

    public bool IsIdentity => SekPerPrimaryUnit == 1m;

    /// <summary>
    /// The rate of an order nopCommerce placed in SEK. An order in another currency has no SEK figure the shopper
    /// agreed to, so it is refused rather than guessed from today's rates.
    /// </summary>
    /// <exception cref="InvalidOperationException">The order was not placed in SEK.</exception>
    public static SekRate ForOrder(NopOrder order)
    {
        if (!PlacedInSek(order))
            throw new InvalidOperationException(
                $"Order {order.Id} was placed in '{order.CustomerCurrencyCode}' at rate {order.CurrencyRate}, not in SEK: its SEK amounts are unknown.");
        return new SekRate(order.CurrencyRate);
    }

    /// <summary>
    /// A SEK amount of an order for admins' notes (<see cref="Describe"/>); never throws, so a note can always be
    /// written: an order without a SEK rate shows the SEK figure alone.
    /// </summary>
    public static string Describe(NopOrder order, decimal sek) =>
        (PlacedInSek(order) ? new SekRate(order.CurrencyRate) : Identity).Describe(sek);

    /// <summary>Whole öre, half away from zero: the plugin's one rounding rule for SEK.</summary>
    public static decimal RoundOre(decimal sek) => Math.Round(sek, 2, MidpointRounding.AwayFromZero);

    /// <summary>A primary-currency amount as the SEK Ecster sees, rounded to whole öre.</summary>
    public decimal ToSek(decimal primary) => RoundOre(Unrounded(primary));

    /// <summary>The same SEK amount as Ecster's öre (what the ledger records).</summary>
    public long ToOre(decimal primary) => global::Ecster.Client.Money.ToOre(ToSek(primary));

    /// <summary>
    /// A primary-currency amount in SEK before rounding, for parts of a whole (cart rows) that are rounded together
    /// by <see cref="EcsterCartBuilder"/>; never send this to Ecster as it is.
    /// </summary>
    public decimal Unrounded(decimal primary) => IsIdentity ? primary : primary * SekPerPrimaryUnit;

    /// <summary>
    /// A SEK amount from Ecster in the primary currency, rounded to two decimals the same way. With a rate of 1 or
    /// more (SEK is worth less than the primary currency, as EUR and USD are) an amount that came from
    /// <see cref="ToSek"/> comes back exactly: nopCommerce records the amount the shopper agreed to.
    /// </summary>
    public decimal ToPrimary(decimal sek) => IsIdentity ? RoundOre(sek) : RoundOre(sek / SekPerPrimaryUnit);

    /// <summary>
    /// A SEK amount for admins' notes: "1 150,00 kr" when the store's currency is SEK, otherwise with nopCommerce's
    /// figure and the rate beside it: "1 150,00 kr (100,00 × 11,5)".
    /// </summary>
    public string Describe(decimal sek)
    {
        var swedish = CultureInfo.GetCultureInfo(EcsterDefaults.Resources.SwedishCulture);
        var kronor = sek.ToString("N2", swedish) + " kr";
        if (IsIdentity)
            return kronor;
        var primary = ToPrimary(sek).ToString("N2", swedish) + (string.IsNullOrEmpty(PrimaryCode) ? string.Empty : " " + PrimaryCode);
        return $"{kronor} ({primary} × {SekPerPrimaryUnit.ToString("0.######", swedish)})";
    }

    private static bool PlacedInSek(NopOrder order) =>
        string.Equals(order.CustomerCurrencyCode, EcsterDefaults.Currency, StringComparison.OrdinalIgnoreCase) && order.CurrencyRate > 0;
}
