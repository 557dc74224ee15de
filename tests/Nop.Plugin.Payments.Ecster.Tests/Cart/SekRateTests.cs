using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Services.Cart;

namespace Nop.Plugin.Payments.Ecster.Tests.Cart;

/// <summary>The one conversion and rounding rule between nopCommerce's amounts and the SEK öre Ecster and the ledger see.</summary>
public class SekRateTests
{
    [Test]
    public void Half_an_ore_rounds_away_from_zero_in_both_directions()
    {
        var rate = new SekRate(11.5m);

        Assert.That(rate.ToSek(1.001m), Is.EqualTo(11.51m), "11.5115 kr");
        Assert.That(rate.ToSek(0.003m), Is.EqualTo(0.03m), "0.0345 kr");
        Assert.That(rate.ToSek(-0.003m), Is.EqualTo(-0.03m));
        Assert.That(SekRate.Identity.ToSek(12.345m), Is.EqualTo(12.35m));
        Assert.That(rate.ToOre(100m), Is.EqualTo(115_000L), "the ledger's öre are the same rounded amount");
    }

    /// <summary>What nopCommerce records after a refund (Ecster's kronor converted back) is the amount the admin asked for.</summary>
    [Test]
    public void Any_amount_in_whole_cents_comes_back_from_kronor_exactly_at_any_rate_of_one_or_more()
    {
        var random = new Random(2611);
        for (var run = 0; run < 20_000; run++)
        {
            var rate = new SekRate(random.Next(10_000, 200_000) / 10_000m); // 1.0000 to 20.0000 kr per unit
            var amount = random.Next(1, 100_000_000) / 100m;

            Assert.That(rate.ToPrimary(rate.ToSek(amount)), Is.EqualTo(amount), $"{amount} at {rate.SekPerPrimaryUnit}");
            Assert.That(rate.ToOre(amount), Is.EqualTo((long)(rate.ToSek(amount) * 100m)));
        }
    }

    [Test]
    public void An_order_placed_in_SEK_converts_at_its_own_rate_and_any_other_is_refused()
    {
        var order = new Order { Id = 9, CustomerCurrencyCode = "SEK", CurrencyRate = 11.5m };
        Assert.That(SekRate.ForOrder(order).ToSek(100m), Is.EqualTo(1_150m));

        order.CustomerCurrencyCode = "EUR";
        Assert.Throws<InvalidOperationException>(() => SekRate.ForOrder(order));
        Assert.That(SekRate.Describe(order, 1_150m), Does.EndWith(" kr"), "a note is still written, with the kronor alone");
    }

    [Test]
    public async Task The_shoppers_rate_is_nopCommerces_SEK_rate_over_the_primary_currencys()
    {
        Assert.That((await StoreCurrencies.EurStore(11.5m).GetAsync())?.ToSek(1_000m), Is.EqualTo(11_500m));
        Assert.That((await StoreCurrencies.Shopper(StoreCurrencies.Eur(2m), StoreCurrencies.Sek(23m)).GetAsync())?.SekPerPrimaryUnit, Is.EqualTo(11.5m),
            "rates are relative to the exchange-rate currency, as order placement divides them");
        Assert.That((await StoreCurrencies.SekStore().GetAsync())?.IsIdentity, Is.True);
        Assert.That(await StoreCurrencies.Shopper(StoreCurrencies.Sek(), StoreCurrencies.Eur(0.087m)).GetAsync(), Is.Null,
            "a shopper paying in EUR gets no SEK rate: Ecster is not offered");
    }
}
