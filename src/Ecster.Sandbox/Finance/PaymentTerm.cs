namespace Ecster.Sandbox.Finance;

/// <summary>One credit product (docs §3). Money in öre, rates in hundredths of a percent.</summary>
internal sealed record PaymentTerm(
    string Code, string PaymentMethod, string Description, int Months, int NominalInterestRate,
    long SetupFee, long MonthlyFee, long InvoiceFee, long MinAmount, long MaxAmount);
