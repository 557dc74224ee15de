namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// The VAT rates Ecster accepts on a row (0, 6, 12 and 25 %, Sweden's rates) and the rule that maps any rate onto
/// them: the nearest one; a rate exactly between two takes the higher, so a row never states less VAT than it
/// carries by more than half a step. A Swedish store's rates map onto themselves.
/// </summary>
public static class VatRates
{
    private static readonly decimal[] Accepted = [0m, 6m, 12m, 25m];

    public static bool IsAccepted(decimal rate) => Accepted.Contains(rate);

    public static decimal Snap(decimal rate)
    {
        var nearest = Accepted[0];
        foreach (var accepted in Accepted)
            if (Math.Abs(accepted - rate) <= Math.Abs(nearest - rate))
                nearest = accepted;
        return nearest;
    }

    /// <summary>The rate two prices of the same thing imply, in percent (0 when there is no VAT to see).</summary>
    public static decimal Implied(decimal inclTax, decimal exclTax) =>
        exclTax == 0 || inclTax == exclTax ? 0m : (inclTax / exclTax - 1m) * 100m;

    /// <summary>The Ecster rate of a line: none for a means of payment, else nopCommerce's rate or the implied one, snapped.</summary>
    public static decimal Of(CartLine line) =>
        line.IsPaymentMeans ? 0m : Snap(line.TaxRate ?? Implied(line.UnitPriceInclTax, line.UnitPriceExclTax));
}
