namespace Ecster.Client;

/// <summary>
/// Ecster sends rates as whole hundredths of a percent (25 % VAT is 2500); the client's API shows them as
/// decimal percent (25.00). This is the only place that converts between the two.
/// </summary>
public static class Percent
{
    private const decimal HundredthsPerPercent = 100m;

    /// <summary>2500 → 25.00, 1995 → 19.95.</summary>
    public static decimal FromHundredths(long hundredths) => decimal.Divide(hundredths, HundredthsPerPercent);

    /// <summary>25 → 2500; a finer fraction rounds half away from zero (19.955 → 1996).</summary>
    public static long ToHundredths(decimal percent) =>
        decimal.ToInt64(decimal.Round(percent * HundredthsPerPercent, 0, MidpointRounding.AwayFromZero));
}
