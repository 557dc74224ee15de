using System.Globalization;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Finance;

/// <summary>
/// Ecster's localized terms (docs §3): figures as Swedish display strings, kronor not öre ("1 179,50", "14,95").
/// </summary>
internal static class LocalizedTermsWriter
{
    private static readonly NumberFormatInfo Swedish = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
    };

    /// <summary>The terms of one credit product for one amount: the figures docs §3 names, fees first.</summary>
    public static IReadOnlyList<LocalizedTermView> For(PaymentTerm term, long amount)
    {
        if (term.PaymentMethod == PaymentCatalog.Invoice)
            return [Kronor("startFee", "Fakturaavgift", term.InvoiceFee), Count("months", "Antal månader", 1, "mån")];

        var figures = CreditCalculator.Compute(amount, term);
        return
        [
            Kronor("startFee", "Uppläggningsavgift", term.SetupFee),
            Kronor("adminFee", "Administrativ avgift", term.MonthlyFee),
            Rate("interestRate", "Ränta", term.NominalInterestRate),
            Rate("effectiveInterestRate", "Effektiv ränta", figures.EffectiveInterestRate),
            Count("months", "Antal månader", term.Months, "mån"),
            Kronor("monthlyAmount", "Månadsbelopp", figures.MonthlyAmount),
            Kronor("totalAmount", "Totalt belopp att betala", figures.TotalAmount),
        ];
    }

    private static LocalizedTermView Kronor(string id, string text, long ore) =>
        new(id, text, (ore / 100m).ToString(ore % 100 == 0 ? "#,0" : "#,0.00", Swedish), "kr");

    private static LocalizedTermView Rate(string id, string text, int hundredths) =>
        new(id, text, (hundredths / 100m).ToString("0.##", Swedish), "%");

    private static LocalizedTermView Count(string id, string text, int count, string unit) =>
        new(id, text, count.ToString(CultureInfo.InvariantCulture), unit);
}
