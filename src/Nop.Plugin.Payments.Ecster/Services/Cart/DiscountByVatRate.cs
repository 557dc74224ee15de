namespace Nop.Plugin.Payments.Ecster.Services.Cart;

/// <summary>
/// nopCommerce takes a sub-total discount off each VAT rate in proportion to the items' value without VAT at that
/// rate (its tax on the sub-total is reduced the same way), so one discount on a mixed 12 %/25 % cart is one row per
/// rate, each with its own VAT. The last row takes what is left, so the rows add up to nopCommerce's discount exactly.
/// </summary>
public static class DiscountByVatRate
{
    public static IEnumerable<CartLine> Split(IEnumerable<CartLine> items, string partNumber, string name, decimal discountInclTax, decimal discountExclTax)
    {
        if (discountInclTax == 0)
            yield break;

        var byRate = items.Where(i => !i.IsPaymentMeans && !i.IsFee)
            .GroupBy(VatRates.Of)
            .Select(g => (Rate: g.Key, ExclTax: g.Sum(i => i.UnitPriceExclTax * i.Quantity)))
            .Where(g => g.ExclTax > 0)
            .OrderByDescending(g => g.Rate)
            .ToList();
        var itemsExclTax = byRate.Sum(g => g.ExclTax);
        if (byRate.Count <= 1 || itemsExclTax <= 0)
        {
            yield return new CartLine(partNumber, name, 1, -discountInclTax, -discountExclTax, TaxRate: byRate.Count == 1 ? byRate[0].Rate : null);
            yield break;
        }

        decimal inclLeft = discountInclTax, exclLeft = discountExclTax;
        for (var i = 0; i < byRate.Count; i++)
        {
            var (rate, exclTax) = byRate[i];
            var last = i == byRate.Count - 1;
            var excl = last ? exclLeft : discountExclTax * exclTax / itemsExclTax;
            var incl = last ? inclLeft : excl * (1 + rate / 100m);
            inclLeft -= incl;
            exclLeft -= excl;
            yield return new CartLine(partNumber, $"{name} {rate:0.##} %", 1, -incl, -excl, TaxRate: rate);
        }
    }
}
