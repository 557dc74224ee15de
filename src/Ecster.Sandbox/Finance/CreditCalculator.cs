namespace Ecster.Sandbox.Finance;

/// <summary>What a credit costs (docs §3), all in decimal: money in öre, rates in hundredths of a percent.</summary>
internal static class CreditCalculator
{
    public sealed record Figures(long MonthlyAmount, long TotalAmount, int EffectiveInterestRate);

    public static Figures Compute(long amount, PaymentTerm term)
    {
        var monthly = MonthlyAmount(amount, term);
        var total = checked(monthly * term.Months + term.SetupFee);
        return new Figures(monthly, total, EffectiveInterestRate(amount, monthly, term));
    }

    /// <summary>
    /// The annuity of <paramref name="amount"/> over the term at nominal/12 per month, rounded to whole öre
    /// (midpoint away from zero), plus the monthly fee and the invoice fee (invoice: one payment of amount + fee).
    /// </summary>
    public static long MonthlyAmount(long amount, PaymentTerm term)
    {
        var rate = MonthlyNominalRate(term);
        decimal annuity;
        if (rate == 0m)
        {
            annuity = (decimal)amount / term.Months;
        }
        else
        {
            var growth = Power(1m + rate, term.Months);
            annuity = amount * rate * growth / (growth - 1m);
        }
        return (long)Math.Round(annuity, 0, MidpointRounding.AwayFromZero) + term.MonthlyFee + term.InvoiceFee;
    }

    public static decimal MonthlyNominalRate(PaymentTerm term) => term.NominalInterestRate / 10_000m / 12m;

    /// <summary>
    /// The annual rate (1 + r)^12 - 1 where r is the monthly rate at which the payments (monthly amount each
    /// month, setup fee added to the first) are worth <paramref name="amount"/> today. r is found by bisection
    /// in decimal: the present value falls as r rises, so the root is bracketed and bisection cannot miss it.
    /// </summary>
    public static int EffectiveInterestRate(long amount, long monthlyAmount, PaymentTerm term)
    {
        var total = (decimal)monthlyAmount * term.Months + term.SetupFee;
        if (total <= amount) return 0;

        decimal low = 0m, high = 1m;
        while (PresentValue(high, monthlyAmount, term) > amount) high *= 2m;
        for (var i = 0; i < 200 && high - low > 1e-24m; i++)
        {
            var middle = (low + high) / 2m;
            if (PresentValue(middle, monthlyAmount, term) > amount) low = middle;
            else high = middle;
        }

        var monthlyRate = (low + high) / 2m;
        var annual = Power(1m + monthlyRate, 12) - 1m;
        return (int)Math.Round(annual * 10_000m, 0, MidpointRounding.AwayFromZero);
    }

    private static decimal PresentValue(decimal monthlyRate, long monthlyAmount, PaymentTerm term)
    {
        var value = 0m;
        var discount = 1m;
        for (var month = 1; month <= term.Months; month++)
        {
            discount /= 1m + monthlyRate;
            var payment = month == 1 ? monthlyAmount + term.SetupFee : monthlyAmount;
            value += payment * discount;
        }
        return value;
    }

    private static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= value;
        return result;
    }
}
