using FsCheck;
using FsCheck.Fluent;
using FsProperty = FsCheck.NUnit.PropertyAttribute;

namespace Ecster.Client.Tests.Domain;

public class MoneyPropertyTests
{
    // Öre amounts up to ±10^15 (ten thousand billion kronor): far beyond any order, far inside decimal and long.
    private static Arbitrary<long> Ore() =>
        (from high in Gen.Choose(-1_000_000, 1_000_000)
         from low in Gen.Choose(0, 999_999_999)
         select high * 1_000_000_000L + (high < 0 ? -low : low))
        .ToArbitrary();

    [FsProperty(MaxTest = 2000)]
    public Property Ore_to_sek_and_back_is_exact() =>
        Prop.ForAll(Ore(), ore => Money.ToOre(Money.ToSek(ore)) == ore);

    [FsProperty(MaxTest = 2000)]
    public Property Sek_is_ore_divided_by_100() =>
        Prop.ForAll(Ore(), ore => Money.ToSek(ore) * 100m == ore);

    [FsProperty(MaxTest = 2000)]
    public Property Half_an_ore_rounds_away_from_zero() =>
        Prop.ForAll(Ore(), ore =>
        {
            var sek = Money.ToSek(ore);
            var up = ore >= 0 ? Money.ToOre(sek + 0.005m) == ore + 1 : Money.ToOre(sek - 0.005m) == ore - 1;
            var mirrored = Money.ToOre(-(Math.Abs(sek) + 0.005m)) == -(Math.Abs(ore) + 1);
            return up && mirrored;
        });

    [FsProperty(MaxTest = 2000)]
    public Property Less_than_half_an_ore_rounds_toward_the_amount() =>
        Prop.ForAll(Ore(), Gen.Choose(1, 4999).ToArbitrary(), (ore, tenThousandths) =>
        {
            var fraction = tenThousandths / 1_000_000m; // 0.000001 .. 0.004999 SEK
            var sek = Money.ToSek(ore);
            return Money.ToOre(sek + fraction) == ore
                   && Money.ToOre(sek - fraction) == ore;
        });

    [TestCase("0.005", 1)]
    [TestCase("-0.005", -1)]
    [TestCase("12.345", 1235)]
    [TestCase("-12.345", -1235)]
    [TestCase("12.344999", 1234)]
    [TestCase("12499.00", 1249900)]
    [TestCase("0.0049", 0)]
    public void Known_conversions(string sek, long ore) =>
        Assert.That(Money.ToOre(decimal.Parse(sek, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(ore));

    [Test]
    public void ToSek_keeps_two_decimals() =>
        Assert.That(Money.ToSek(1249900).ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("12499.00"));

    [Test]
    public void An_amount_too_large_for_ore_overflows_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => Money.ToOre(decimal.MaxValue / 10));

    [TestCase(2500, "25")]
    [TestCase(1995, "19.95")]
    [TestCase(0, "0")]
    [TestCase(600, "6")]
    public void Rates_convert_from_hundredths_of_a_percent(long hundredths, string percent)
    {
        var expected = decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Percent.FromHundredths(hundredths), Is.EqualTo(expected));
        Assert.That(Percent.ToHundredths(expected), Is.EqualTo(hundredths));
    }

    [FsProperty(MaxTest = 1000)]
    public Property Rates_round_trip() =>
        Prop.ForAll(Gen.Choose(-100_000, 100_000).ToArbitrary(), h => Percent.ToHundredths(Percent.FromHundredths(h)) == h);
}
