using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Nop.Plugin.Payments.Ecster.Tests.Terms;

public class TermsSnapshotTests
{
    private static readonly CreditTerm Invoice = new("INV", "INVOICE", "Invoice", 1, 0m, 0m, 0m, 29m, 100m, 30_000m);
    private static readonly CreditTerm Twelve = new("PP12", "PART_PAYMENT", "12 months", 12, 14.95m, 195m, 29m, 0m, 500m, 100_000m);
    private static readonly CreditTerm ThirtySix = new("PP36", "PART_PAYMENT", "36 months", 36, 19.95m, 195m, 29m, 0m, 3_000m, 100_000m);

    private static TermsSnapshot Snapshot(params CreditTerm[] terms) => new(terms, null, null, DateTimeOffset.UnixEpoch);

    [Test]
    public void Lowest_monthly_amount_picks_the_cheapest_instalment_term_that_covers_the_price()
    {
        var snapshot = Snapshot(Invoice, Twelve, ThirtySix);

        var teaser = snapshot.LowestMonthlyAmount(10_000m);

        Assert.That(teaser, Is.Not.Null);
        Assert.That(teaser!.Value.TermCode, Is.EqualTo("PP36"));
        Assert.That(teaser.Value.Amount, Is.EqualTo(InstalmentCalculator.Plan(ThirtySix, 10_000m).MonthlyAmount));
        Assert.That(teaser.Value.WholeKronor, Is.EqualTo(decimal.Ceiling(teaser.Value.Amount)));
    }

    [Test]
    public void A_price_below_a_terms_minimum_uses_only_the_terms_that_cover_it()
    {
        var teaser = Snapshot(Invoice, Twelve, ThirtySix).LowestMonthlyAmount(1_000m);

        Assert.That(teaser!.Value.TermCode, Is.EqualTo("PP12"));
    }

    [TestCase(100)]
    [TestCase(200_000)]
    public void No_teaser_when_no_instalment_term_covers_the_price(decimal price)
    {
        Assert.That(Snapshot(Invoice, Twelve, ThirtySix).LowestMonthlyAmount(price), Is.Null);
    }

    [Test]
    public void Invoice_alone_never_gives_a_monthly_figure()
    {
        Assert.That(Snapshot(Invoice).LowestMonthlyAmount(1_000m), Is.Null);
    }

    [Test]
    public void Whole_kronor_round_up_so_the_advert_never_understates()
    {
        Assert.That(new MonthlyTeaser(198.01m, 36, "PP36").WholeKronor, Is.EqualTo(199m));
        Assert.That(new MonthlyTeaser(199.00m, 36, "PP36").WholeKronor, Is.EqualTo(199m));
    }

    [Test]
    public void The_fast_figure_equals_the_exact_plan_for_thousands_of_random_prices()
    {
        var random = new Random(20261125);
        var snapshot = Snapshot(Invoice, Twelve, ThirtySix);
        for (var i = 0; i < 5_000; i++)
        {
            var price = random.Next(500_00, 100_000_00) / 100m;
            var teaser = snapshot.LowestMonthlyAmount(price)!.Value;

            var exact = new[] { Twelve, ThirtySix }.Where(t => t.Covers(price))
                .Min(t => InstalmentCalculator.Plan(t, price).MonthlyAmount);
            Assert.That(teaser.Amount, Is.EqualTo(exact), $"price {price}");
        }
    }
}
