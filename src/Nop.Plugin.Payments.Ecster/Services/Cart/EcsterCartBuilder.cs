using Ecster.Client.Models;

namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// Turns the lines of an order into Ecster's cart, in SEK, so that the rows add up exactly to the order total.
///
/// Rounding rule (one, documented): each line's unit amount is converted with the order's <see cref="SekRate"/> and
/// rounded to whole öre, half away from zero; the order total is converted and rounded the same way; any difference
/// between the rows and that total (the sum of per-unit roundings) goes into one rounding row with 0 % VAT. A
/// difference larger than one öre per unit can only come from a wrong cart, never from rounding, so it is refused
/// rather than hidden. Texts are cut to Ecster's limits (<see cref="EcsterText"/>); VAT follows <see cref="VatRates"/>.
/// </summary>
public static class EcsterCartBuilder
{
    public const string RoundingPartNumber = "Rounding";

    public static global::Ecster.Client.Models.Cart Build(CartLines cart, decimal orderTotal, SekRate rate, string? message = null)
    {
        if (orderTotal <= 0)
            throw new ArgumentOutOfRangeException(nameof(orderTotal), orderTotal, "Ecster cannot finance a zero or negative total.");

        var lines = cart.Lines;
        var rows = new List<CartRow>(lines.Count + 1);
        var units = 0;
        foreach (var line in lines)
        {
            if (line.Quantity <= 0)
                throw new ArgumentException($"Line '{line.PartNumber}' has no quantity.", nameof(cart));
            units += line.Quantity;
            var unitAmount = SekRate.RoundOre(rate.Unrounded(line.UnitPriceInclTax));
            if (unitAmount == 0)
                continue; // free items and zero fees carry nothing to pay; less than half an öre is the rounding row's

            rows.Add(new CartRow
            {
                PartNumber = EcsterText.Cut(line.PartNumber, EcsterText.PartNumberMaxLength),
                Name = EcsterText.Cut(line.Name, EcsterText.NameMaxLength),
                Quantity = line.Quantity,
                UnitAmount = unitAmount,
                VatRate = VatRates.Of(line),
                Fee = line.IsFee
            });
        }

        var total = rate.ToSek(orderTotal);
        var difference = total - rows.Sum(RowTotal);
        if (difference != 0)
        {
            if (Math.Abs(difference) > 0.01m * Math.Max(units, 1))
                throw new InvalidOperationException(
                    $"The order lines add up to {total - difference:0.00} SEK but the order total is {total:0.00} SEK: the cart is incomplete.");

            rows.Add(new CartRow
            {
                PartNumber = RoundingPartNumber,
                Name = EcsterText.Cut(cart.RoundingName, EcsterText.NameMaxLength),
                Quantity = 1,
                UnitAmount = difference,
                VatRate = 0m
            });
        }

        return new global::Ecster.Client.Models.Cart { Amount = total, Currency = EcsterDefaults.Currency, Message = message, Rows = rows };
    }

    public static decimal RowTotal(CartRow row) => row.UnitAmount * row.Quantity - row.DiscountAmount;
}
