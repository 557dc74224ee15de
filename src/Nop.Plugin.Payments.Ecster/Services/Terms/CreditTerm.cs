namespace Nop.Plugin.Payments.Ecster.Services.Terms;

/// <summary>
/// One of Ecster's payment method terms, in the plugin's own units (SEK, percent), as cached per store.
/// Kept apart from the client's wire model so the cache and the calculator never depend on JSON shapes.
/// </summary>
public sealed record CreditTerm(
    string Code,
    string PaymentMethod,
    string Description,
    int Months,
    decimal NominalInterestRatePercent,
    decimal SetupFee,
    decimal MonthlyFee,
    decimal InvoiceFee,
    decimal MinAmount,
    decimal MaxAmount)
{
    /// <summary>Only terms paid over several months have a "per month" figure worth advertising.</summary>
    public bool IsInstalment => Months > 1;

    public bool Covers(decimal price) => price >= MinAmount && (MaxAmount <= 0 || price <= MaxAmount);
}
