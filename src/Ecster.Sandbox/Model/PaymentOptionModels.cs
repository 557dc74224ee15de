namespace Ecster.Sandbox.Model;

// docs §6.

public sealed record PaymentOptionsView(long Amount, string Currency, IReadOnlyList<PaymentOptionView> Options);

public sealed record PaymentOptionView(
    string Id, string Code, string PaymentMethod, string Description, int Months,
    long MonthlyAmount, long SetupFee, long MonthlyFee, long InvoiceFee,
    int NominalInterestRate, int EffectiveInterestRate, long TotalAmount);
