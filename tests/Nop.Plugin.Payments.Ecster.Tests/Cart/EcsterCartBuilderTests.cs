using Nop.Plugin.Payments.Ecster.Services.Cart;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

public class EcsterCartBuilderTests
{
    private static CartLines Lines(IReadOnlyList<CartLine> lines) => new(lines, "Öresavrundning");

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

        var cart = EcsterCartBuilder.Build(Lines(lines), 10_945.10m, SekRate.Identity);

        Assert.That(cart.Amount, Is.EqualTo(10_945.10m));
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(cart.Amount));
        Assert.That(cart.Rows.Select(r => r.VatRate), Is.EqualTo(new[] { 25m, 6m, 25m, 25m, 0m }));
        Assert.That(cart.Rows[0].Name, Is.EqualTo("Soffa \"Lyx\", grå"), "quotes survive: the JSON writer escapes them");
        Assert.That(cart.Rows.Any(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber), Is.False);
    }

    [Test]
    public void Per_unit_rounding_differences_go_into_one_rounding_row()
    {
        var cart = EcsterCartBuilder.Build(Lines([new CartLine("P", "Pen", 3, 3.333m, 2.6664m)]), 10.00m, SekRate.Identity);

        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(10.00m));
        var rounding = cart.Rows.Single(r => r.PartNumber == EcsterCartBuilder.RoundingPartNumber);
        Assert.That(rounding.UnitAmount, Is.EqualTo(0.01m));
        Assert.That(rounding.VatRate, Is.Zero);
    }

    [Test]
    public void A_cart_missing_a_line_is_refused_not_rounded_away()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            EcsterCartBuilder.Build(Lines([new CartLine("P", "Pen", 1, 100m, 80m)]), 149m, SekRate.Identity));

        Assert.That(error!.Message, Does.Contain("149.00"));
    }

    [Test]
    public void Zero_totals_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EcsterCartBuilder.Build(Lines([]), 0m, SekRate.Identity));
    }

    [Test]
    public void Long_part_numbers_are_cut_to_Ecsters_32_characters()
    {
        var cart = EcsterCartBuilder.Build(Lines([new CartLine(new string('X', 40), "Thing", 1, 10m, 8m)]), 10m, SekRate.Identity);

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

            var cart = EcsterCartBuilder.Build(Lines(lines), orderTotal, SekRate.Identity);

            Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(orderTotal), $"run {run}");
            Assert.That(cart.Rows.All(r => rates.Contains(r.VatRate)), Is.True, $"run {run}");
            Assert.That(cart.Rows.All(r => decimal.Round(r.UnitAmount, 2) == r.UnitAmount), Is.True, "whole öre");
        }
    }

    [Test]
    public void A_EUR_store_sends_its_cart_in_SEK_at_the_orders_rate()
    {
        CartLine[] lines =
        [
            new("SOFA-1", "Sofa", 1, 900.00m, 720.00m, TaxRate: 25m),
            new("BOOK-7", "Book", 3, 19.99m, 17.848214m, TaxRate: 12m),
            new("Shipping", "Shipping", 1, 40.03m, 32.024m, IsFee: true, TaxRate: 25m)
        ];

        var cart = EcsterCartBuilder.Build(Lines(lines), 1_000.00m, new SekRate(11.5m));

        Assert.That(cart.Amount, Is.EqualTo(11_500.00m), "1 000 EUR is 11 500 kr, not 1 000 kr");
        Assert.That(cart.Currency, Is.EqualTo("SEK"));
        Assert.That(cart.Rows.Select(r => r.UnitAmount), Is.EqualTo(new[] { 10_350.00m, 229.89m, 460.35m, -0.02m }),
            "each unit converted and rounded to whole öre; the rounding row settles the rest");
        Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(11_500.00m));
        Assert.That(cart.Rows.Select(r => r.VatRate), Is.EqualTo(new[] { 25m, 12m, 25m, 0m }));
    }

    [Test]
    public void Thousands_of_random_EUR_carts_add_up_exactly_in_SEK()
    {
        var random = new Random(1913);
        for (var run = 0; run < 2_000; run++)
        {
            var rate = new SekRate(random.Next(80_000, 130_000) / 10_000m);
            var lines = new List<CartLine>();
            var total = 0m;
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                var price = random.Next(1, 200_000) / 100m;
                var quantity = random.Next(1, 10);
                lines.Add(new CartLine($"SKU-{i}", $"Item {i}", quantity, price, price / 1.25m, TaxRate: 25m));
                total += price * quantity;
            }

            var cart = EcsterCartBuilder.Build(Lines(lines), total, rate);

            Assert.That(cart.Amount, Is.EqualTo(rate.ToSek(total)), $"run {run}");
            Assert.That(cart.Rows.Sum(EcsterCartBuilder.RowTotal), Is.EqualTo(cart.Amount), $"run {run}");
        }
    }

    [Test]
    public void Part_numbers_and_names_are_cut_between_characters_never_inside_one()
    {
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467"; // one emoji of 8 UTF-16 units
        const string decomposedE = "e\u0301";                                  // é as a letter and a combining accent
        var partNumber = new string('P', 31) + "\U0001F642";                    // 31 + an emoji of 2 units: 33
        var name = new string('N', 98) + family;                                // 106 units

        var cart = EcsterCartBuilder.Build(Lines(
        [
            new CartLine(partNumber, name, 1, 10m, 8m),
            new CartLine("ACCENT", new string('A', 99) + decomposedE + "x", 1, 10m, 8m)
        ]), 20m, SekRate.Identity);

        Assert.That(cart.Rows[0].PartNumber, Is.EqualTo(new string('P', 31)), "the emoji goes whole, not half a surrogate pair");
        Assert.That(cart.Rows[0].Name, Is.EqualTo(new string('N', 98)), "the family emoji goes whole");
        Assert.That(cart.Rows[1].Name, Is.EqualTo(new string('A', 99)), "the accent goes with its letter");
        Assert.That(cart.Rows.All(r => r.Name.Length <= EcsterText.NameMaxLength && r.PartNumber!.Length <= EcsterText.PartNumberMaxLength));
        Assert.That(EcsterText.Cut(new string('A', 98) + decomposedE + "x", 100), Is.EqualTo(new string('A', 98) + decomposedE), "a whole é fits");
    }

    [Test]
    public void Each_row_keeps_its_own_VAT_snapped_to_Ecsters_rates_by_one_stated_rule()
    {
        var cart = EcsterCartBuilder.Build(Lines(
        [
            new CartLine("FOOD", "Food", 1, 112m, 100m, TaxRate: 12m),
            new CartLine("TOOL", "Tool", 1, 125m, 100m, TaxRate: 25m),
            new CartLine("BOOK", "Book", 1, 106m, 100m), // no rate given: the prices imply 6 %
            new CartLine("NEAR", "Near", 1, 124.99m, 100m, TaxRate: 24.99m),
            new CartLine("TIE", "Tie", 1, 118.5m, 100m, TaxRate: 18.5m), // halfway between 12 and 25
            new CartLine("GiftCard", "Gift card", 1, -100m, -100m, IsPaymentMeans: true, TaxRate: 25m)
        ]), 486.49m, SekRate.Identity);

        Assert.That(cart.Rows.Select(r => r.VatRate), Is.EqualTo(new[] { 12m, 25m, 6m, 25m, 25m, 0m }));
        Assert.That(VatRates.Snap(3m), Is.EqualTo(6m), "a tie goes to the higher rate");
        Assert.That(VatRates.Snap(2.99m), Is.EqualTo(0m));
    }
}
