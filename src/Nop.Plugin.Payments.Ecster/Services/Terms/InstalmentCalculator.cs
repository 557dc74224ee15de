namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// The arithmetic of an instalment credit, done locally from cached terms so no product page waits on Ecster.
/// Everything is decimal; rates are percent per year.
/// Rounding rule: every money figure is rounded to whole öre, half away from zero, once, at the end.
/// </summary>
public static class InstalmentCalculator
{
    private const int EffectiveRateIterations = 100;

    public static decimal RoundMoney(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The share of the credit paid each month by an annuity: r / (1 - (1 + r)^-n) with r the monthly rate,
    /// or 1 / n without interest.
    /// </summary>
    public static decimal AnnuityFactor(decimal yearlyRatePercent, int months)
    {
        if (months <= 0)
            throw new ArgumentOutOfRangeException(nameof(months), months, "A credit needs at least one payment.");
        if (yearlyRatePercent < 0)
            throw new ArgumentOutOfRangeException(nameof(yearlyRatePercent), yearlyRatePercent, "Interest cannot be negative.");

        if (yearlyRatePercent == 0)
            return 1m / months;

        var r = yearlyRatePercent / 100m / 12m;
        var growth = Power(1m + r, months);
        return r * growth / (growth - 1m);
    }

    /// <summary>The whole plan for a credit of <paramref name="price"/> under one term.</summary>
    public static InstalmentPlan Plan(CreditTerm term, decimal price)
    {
        if (price <= 0)
            throw new ArgumentOutOfRangeException(nameof(price), price, "A credit amount must be positive.");

        if (!term.IsInstalment)
        {
            // Invoice: one payment of the price plus the invoice fee, within the invoice period.
            var invoiceTotal = RoundMoney(price + term.InvoiceFee + term.SetupFee);
            return new InstalmentPlan(term, price, invoiceTotal, invoiceTotal, invoiceTotal - price,
                EffectiveRatePercent(price, invoiceTotal, 0m, 1));
        }

        var monthly = RoundMoney(price * AnnuityFactor(term.NominalInterestRatePercent, term.Months) + term.MonthlyFee);
        var total = monthly * term.Months + term.SetupFee;
        return new InstalmentPlan(term, price, monthly, total, total - price,
            EffectiveRatePercent(price, monthly, term.SetupFee, term.Months));
    }

    /// <summary>
    /// The effective yearly interest rate (percent, two decimals): the yearly rate (1 + r)^12 - 1 where r is the
    /// monthly rate at which <paramref name="months"/> payments of <paramref name="monthly"/>, with
    /// <paramref name="setupFee"/> added to the first, are worth exactly the credit today.
    /// Found by bisection, which cannot diverge: the present value falls monotonically as r grows.
    /// </summary>
    public static decimal EffectiveRatePercent(decimal credit, decimal monthly, decimal setupFee, int months)
    {
        var paid = monthly * months + setupFee;
        if (paid <= credit)
            return 0m;

        var low = 0m;
        var high = 1m; // 100 % a month: far beyond any consumer credit
        for (var i = 0; i < EffectiveRateIterations && high - low > 0.0000000001m; i++)
        {
            var mid = (low + high) / 2m;
            if (PresentValue(monthly, setupFee, months, mid) > credit)
                low = mid;
            else
                high = mid;
        }

        var monthlyRate = (low + high) / 2m;
        return Math.Round((Power(1m + monthlyRate, 12) - 1m) * 100m, 2, MidpointRounding.AwayFromZero);
    }

    private static decimal PresentValue(decimal monthly, decimal setupFee, int months, decimal monthlyRate)
    {
        var value = 0m;
        var discount = 1m;
        var step = 1m / (1m + monthlyRate);
        for (var k = 1; k <= months; k++)
        {
            discount *= step;
            value += (k == 1 ? monthly + setupFee : monthly) * discount;
        }

        return value;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
                result *= value;
            value *= value;
            exponent >>= 1;
        }

        return result;
    }
}
