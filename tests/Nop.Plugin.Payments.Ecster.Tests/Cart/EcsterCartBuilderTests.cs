using Nop.Plugin.Payments.Ecster.Services.Cart;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

public class EcsterCartBuilderTests
{
    [Test]
    public void Mixed_VAT_cart_with_shipping_discount_and_gift_card_adds_up_exactly()
    {
        CartLine[] lines =
        [
            new("SOFA-1", "Soffa \"Lyx\", grå", 1, 11_999.00m, 9_599.20m),
            new("BOOK-7", "Bok", 3, 199.00m, 187.7358m),
            new("Shipping", "Frakt", 1, 49.00m, 39.20m, IsFee: true),
            new("Discount", "Rabatt 10 %", 1, -1_199.90m, -959.92m),
            new("GiftCard", "Presentkort", 1, -500.00m, -500.00m, IsPaymentMeans: true)
        ];

        var cart = EcsterCartBuilder.Build(lines, 10_945.10m);

        Assert.That(cart.Amount, Is.EqualTo(10_945.10m));
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(cart.Amount));
        Assert.That(cart.Rows.Select(r => r.VatRate), Is.EqualTo(new[] { 25m, 6m, 25m, 25m, 0m }));
        Assert.That(cart.Rows[0].Name, Is.EqualTo("Soffa \"Lyx\", grå"), "quotes survive: the JSON writer escapes them");
        Assert.That(cart.Rows.Any(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber), Is.False);
    }

    [Test]
    public void Per_unit_rounding_differences_go_into_one_rounding_row()
    {
        var cart = EcsterCartBuilder.Build([new CartLine("P", "Pen", 3, 3.333m, 2.6664m)], 10.00m);

        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(10.00m));
        var rounding = cart.Rows.Single(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber);
        Assert.That(rounding.UnitAmount, Is.EqualTo(0.01m));
        Assert.That(rounding.VatRate, Is.Zero);
    }

    [Test]
    public void A_cart_missing_a_line_is_refused_not_rounded_away()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            EcsterCartBuilder.Build([new CartLine("P", "Pen", 1, 100m, 80m)], 149m));

        Assert.That(error!.Message, Does.Contain("149.00"));
    }

    [Test]
    public void Zero_totals_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EcsterCartBuilder.Build([], 0m));
    }

    [Test]
    public void Long_part_numbers_are_cut_to_Ecsters_32_characters()
    {
        var cart = EcsterCartBuilder.Build([new CartLine(new string('X', 40), "Thing", 1, 10m, 8m)], 10m);

        Assert.That(cart.Rows[0].PartNumber, Has.Length.EqualTo(32));
    }

    /// <summary>The exact-sum rule over many generated carts: rows always add up to the total, to the öre.</summary>
    [Test]
    public void Thousands_of_random_carts_add_up_exactly_with_only_Ecster_VAT_rates()
    {
        var random = new Random(4711);
        decimal[] rates = [0m, 6m, 12m, 25m];
        for (var run = 0; run < 5_000; run++)
        {
            var lines = new List<CartLine>();
            var total = 0m;
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                var rate = rates[random.Next(rates.Length)];
                var excl = random.Next(1, 5_000_000) / 10_000m; // four decimals, as tax and discounts produce
                var incl = excl * (1 + rate / 100m);
                var quantity = random.Next(1, 10);
                lines.Add(new CartLine($"SKU-{i}", $"Item {i}", quantity, incl, excl));
                total += incl * quantity;
            }

            if (random.Next(3) == 0)
            {
                var discount = Math.Round(total * random.Next(1, 30) / 100m, 2);
                lines.Add(new CartLine("Discount", "Rabatt", 1, -discount, -discount / 1.25m));
                total -= discount;
            }

            var orderTotal = Math.Round(total, 2, MidpointRounding.AwayFromZero);
            if (orderTotal <= 0)
                continue;

            var cart = EcsterCartBuilder.Build(lines, orderTotal);

            Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(orderTotal), $"run {run}");
            Assert.That(cart.Rows.All(r => rates.Contains(r.VatRate)), Is.True, $"run {run}");
            Assert.That(cart.Rows.All(r => decimal.Round(r.UnitAmount, 2) == r.UnitAmount), Is.True, "whole öre");
        }
    }
}
