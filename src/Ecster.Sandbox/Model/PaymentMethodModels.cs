namespace Ecster.Sandbox.Model;

// docs §2 and §3.

public sealed record PaymentMethodsView(IReadOnlyList<PaymentMethodView> PaymentMethods);

public sealed record PaymentMethodView(
    string Type, string Name, long MinAmount, long MaxAmount,
    IReadOnlyList<string> IdentificationMethods, IReadOnlyList<string> Channels);

public sealed record TermsView(
    string Currency, DateTimeOffset ValidUntil, string TermsUrl,
    IReadOnlyList<TermView> Terms, RepresentativeExampleView RepresentativeExample);

public sealed record TermView(
    string Code, string PaymentMethod, string Description, int Months, int NominalInterestRate,
    long SetupFee, long MonthlyFee, long InvoiceFee, long MinAmount, long MaxAmount);

public sealed record RepresentativeExampleView(
    string Code, long Amount, int Months, int NominalInterestRate, int EffectiveInterestRate,
    long SetupFee, long MonthlyFee, long MonthlyAmount, long TotalAmount);
