namespace Ecster.Sandbox.Tests.Support;

/// <summary>
/// docs §3 worked out a second way, in double with Math.Pow and Newton's method, so the sandbox's decimal
/// bisection is checked against arithmetic it does not share. Results are compared exactly for money (rounded
/// to whole öre) and within one hundredth of a percent for the rate.
/// </summary>
public static class IndependentCreditMath
{
    public sealed record Result(long MonthlyAmount, long TotalAmount, int EffectiveRate);

    public static Result Compute(long amount, int months, int nominalRate, long setupFee, long monthlyFee, long invoiceFee)
    {
        var r = nominalRate / 10_000.0 / 12.0;
        var annuity = r == 0 ? (double)amount / months : amount * r / (1 - Math.Pow(1 + r, -months));
        var monthly = (long)Math.Round(annuity, MidpointRounding.AwayFromZero) + monthlyFee + invoiceFee;
        var total = monthly * months + setupFee;
        return new Result(monthly, total, EffectiveRate(amount, months, monthly, setupFee));
    }

    private static int EffectiveRate(long amount, int months, long monthly, long setupFee)
    {
        if (monthly * months + setupFee <= amount) return 0;
        var r = 0.01;
        for (var i = 0; i < 100; i++)
        {
            double value = 0, slope = 0;
            for (var k = 1; k <= months; k++)
            {
                var payment = k == 1 ? monthly + setupFee : monthly;
                value += payment * Math.Pow(1 + r, -k);
                slope += -k * payment * Math.Pow(1 + r, -k - 1);
            }
            var step = (value - amount) / slope;
            r -= step;
            if (Math.Abs(step) < 1e-15) break;
        }
        return (int)Math.Round((Math.Pow(1 + r, 12) - 1) * 10_000, MidpointRounding.AwayFromZero);
    }
}
