using Ecster.Client.Models;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// Turns the lines of an order into Ecster's cart so that the rows add up exactly to the order total.
///
/// Rounding rule (one, documented): each row's unit amount is rounded to whole öre, half away from zero; the rows
/// are summed; any difference to the order total (the sum of per-unit roundings) goes into one "Rounding" row with
/// 0 % VAT. A difference larger than one öre per unit can only come from a wrong cart, never from rounding, so
/// it is refused rather than hidden.
/// </summary>
public static class EcsterCartBuilder
{
    public const string RoundingPartNumber = "Rounding";
    private const int PartNumberMaxLength = 32;
    private static readonly decimal[] EcsterVatRates = [0m, 6m, 12m, 25m];

    public static global::Ecster.Client.Models.Cart Build(IReadOnlyList<CartLine> lines, decimal orderTotal, string? message = null)
    {
        if (orderTotal <= 0)
            throw new ArgumentOutOfRangeException(nameof(orderTotal), orderTotal, "Ecster cannot finance a zero or negative total.");

        var rows = new List<CartRow>(lines.Count + 1);
        var units = 0;
        foreach (var line in lines)
        {
            if (line.Quantity <= 0)
                throw new ArgumentException($"Line '{line.PartNumber}' has no quantity.", nameof(lines));
            if (line.UnitPriceInclTax == 0)
                continue; // free items and zero fees carry nothing to pay

            units += line.Quantity;
            rows.Add(new CartRow
            {
                PartNumber = Truncate(line.PartNumber, PartNumberMaxLength),
                Name = line.Name,
                Quantity = line.Quantity,
                UnitAmount = RoundOre(line.UnitPriceInclTax),
                VatRate = line.IsPaymentMeans ? 0m : VatRateOf(line.UnitPriceInclTax, line.UnitPriceExclTax),
                Fee = line.IsFee
            });
        }

        var total = RoundOre(orderTotal);
        var difference = total - rows.Sum(RowTotal);
        if (difference != 0)
        {
            if (Math.Abs(difference) > 0.01m * Math.Max(units, 1))
                throw new InvalidOperationException(
                    $"The order lines add up to {total - difference:0.00} SEK but the order total is {total:0.00} SEK: the cart is incomplete.");

            rows.Add(new CartRow { PartNumber = RoundingPartNumber, Name = "Öresavrundning", Quantity = 1, UnitAmount = difference, VatRate = 0m });
        }

        return new global::Ecster.Client.Models.Cart { Amount = total, Currency = EcsterDefaults.Currency, Message = message, Rows = rows };
    }

    public static decimal RowTotal(CartRow row) => row.UnitAmount * row.Quantity - row.DiscountAmount;

    /// <summary>The Ecster VAT rate (0, 6, 12 or 25 %) nearest to the rate the two prices imply.</summary>
    public static decimal VatRateOf(decimal inclTax, decimal exclTax)
    {
        if (exclTax == 0 || inclTax == exclTax)
            return 0m;

        var implied = (inclTax / exclTax - 1m) * 100m;
        var nearest = EcsterVatRates[0];
        foreach (var rate in EcsterVatRates)
            if (Math.Abs(rate - implied) < Math.Abs(nearest - implied))
                nearest = rate;
        return nearest;
    }

    private static decimal RoundOre(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
