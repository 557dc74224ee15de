using Nop.Plugin.Payments.Ecster.Services.Terms;

namespace Nop.Plugin.Payments.Ecster.Tests.Terms;

/// <summary>
/// The calculator against independent arithmetic: the textbook annuity formula in double precision (Math.Pow),
/// and the definition of the effective rate (payments discounted at it are worth exactly the credit).
/// </summary>
public class InstalmentCalculatorTests
{
    private static CreditTerm PartPayment(int months, decimal rate, decimal setupFee = 195m, decimal monthlyFee = 29m) =>
        new($"PP{months}", "PART_PAYMENT", $"{months} months", months, rate, setupFee, monthlyFee, 0m, 500m, 100_000m);

    [TestCase(10_000, 14.95, 24)]
    [TestCase(12_499, 19.95, 36)]
    [TestCase(5_000, 9.9, 6)]
    [TestCase(1_000, 24.0, 12)]
    public void Monthly_amount_is_the_annuity_plus_the_monthly_fee(decimal price, double ratePercent, int months)
    {
        var term = PartPayment(months, (decimal)ratePercent);

        var plan = InstalmentCalculator.Plan(term, price);

        var r = ratePercent / 100 / 12;
        var annuity = (double)price * r / (1 - Math.Pow(1 + r, -months));
        var expected = Math.Round(annuity + 29, 2, MidpointRounding.AwayFromZero);
        Assert.That((double)plan.MonthlyAmount, Is.EqualTo(expected).Within(0.011), "one öre of tolerance for double rounding");
        Assert.That(plan.TotalAmount, Is.EqualTo(plan.MonthlyAmount * months + 195m));
        Assert.That(plan.TotalCost, Is.EqualTo(plan.TotalAmount - price));
    }

    [Test]
    public void Interest_free_term_splits_the_price_evenly()
    {
        var plan = InstalmentCalculator.Plan(PartPayment(3, 0m, setupFee: 0m, monthlyFee: 0m), 900m);

        Assert.That(plan.MonthlyAmount, Is.EqualTo(300m));
        Assert.That(plan.TotalCost, Is.Zero);
        Assert.That(plan.EffectiveInterestRatePercent, Is.Zero);
    }

    [TestCase(10_000, 14.95, 24)]
    [TestCase(3_000, 0.0, 3)]
    [TestCase(50_000, 19.95, 36)]
    public void Effective_rate_discounts_the_payments_to_exactly_the_credit(decimal price, double ratePercent, int months)
    {
        var term = PartPayment(months, (decimal)ratePercent);
        var plan = InstalmentCalculator.Plan(term, price);

        // Independent check in double precision: Newton's method on the present value, a different algorithm
        // from the calculator's bisection in decimal, then annualised.
        double PresentValue(double rate)
        {
            var value = 0.0;
            for (var k = 1; k <= months; k++)
                value += ((double)plan.MonthlyAmount + (k == 1 ? 195 : 0)) / Math.Pow(1 + rate, k);
            return value;
        }

        var monthlyRate = 0.01;
        for (var i = 0; i < 50; i++)
        {
            const double h = 1e-9;
            var f = PresentValue(monthlyRate) - (double)price;
            var slope = (PresentValue(monthlyRate + h) - PresentValue(monthlyRate)) / h;
            monthlyRate -= f / slope;
        }

        var expectedPercent = (Math.Pow(1 + monthlyRate, 12) - 1) * 100;
        Assert.That((double)plan.EffectiveInterestRatePercent, Is.EqualTo(expectedPercent).Within(0.006), "rounded to 0.01 percentage points");
        Assert.That(plan.EffectiveInterestRatePercent, Is.GreaterThan((decimal)ratePercent), "fees make the effective rate higher");
    }

    [Test]
    public void Invoice_costs_its_fee_within_one_period()
    {
        var invoice = new CreditTerm("INV", "INVOICE", "Invoice", 1, 0m, 0m, 0m, 29m, 100m, 30_000m);

        var plan = InstalmentCalculator.Plan(invoice, 1_000m);

        Assert.That(plan.TotalAmount, Is.EqualTo(1_029m));
        Assert.That(plan.TotalCost, Is.EqualTo(29m));
        // 2.9 % for one month, compounded over a year.
        Assert.That((double)plan.EffectiveInterestRatePercent, Is.EqualTo((Math.Pow(1.029, 12) - 1) * 100).Within(0.01));
    }

    [Test]
    public void Rounding_is_half_away_from_zero_to_whole_ore()
    {
        Assert.That(InstalmentCalculator.RoundMoney(10.005m), Is.EqualTo(10.01m));
        Assert.That(InstalmentCalculator.RoundMoney(10.004m), Is.EqualTo(10.00m));
        Assert.That(InstalmentCalculator.RoundMoney(-10.005m), Is.EqualTo(-10.01m));
    }

    [Test]
    public void Nonsense_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InstalmentCalculator.AnnuityFactor(10m, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => InstalmentCalculator.AnnuityFactor(-1m, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => InstalmentCalculator.Plan(PartPayment(12, 10m), 0m));
    }
}
