namespace Ecster.Sandbox.Finance;

/// <summary>The sandbox's payment methods (docs §2) and the terms behind them (docs §3).</summary>
internal static class PaymentCatalog
{
    public const string Invoice = "INVOICE";
    public const string PartPayment = "PARTPAYMENT";

    /// <summary>A standalone credit method and the amounts (öre) the sandbox grants it for.</summary>
    public sealed record Method(string Name, string Description, long MinAmount, long MaxAmount);

    public static IReadOnlyList<Method> StandaloneMethods { get; } =
    [
        new(Invoice, "Betalning med faktura", 10_000, 3_000_000),
        new(PartPayment, "Kontobetalning", 50_000, 10_000_000),
    ];

    private const int PartPaymentInterest = 1495;
    private const long PartPaymentSetupFee = 19_500;
    private const long PartPaymentMonthlyFee = 2_900;

    public static IReadOnlyList<PaymentTerm> Terms { get; } =
    [
        new("INV", Invoice, "Faktura 30 dagar", 1, 0, 0, 0, 2_900, 10_000, 3_000_000),
        // Interest-free, but the fees still make its effective rate above zero.
        new("PP3", PartPayment, "Delbetalning 3 månader räntefritt", 3, 0, PartPaymentSetupFee, PartPaymentMonthlyFee, 0, 50_000, 10_000_000),
        PartPaymentTerm(6),
        PartPaymentTerm(12),
        PartPaymentTerm(24),
        PartPaymentTerm(36),
    ];

    /// <summary>Every term is one of the standalone methods' (docs §2: invoice and part payment).</summary>
    public static IReadOnlyList<PaymentTerm> StandaloneTerms => Terms;

    /// <summary>The term a terms call answers for a method (docs §3): part payment's is the representative 24 months.</summary>
    public static PaymentTerm? TermsOf(string method) => method switch
    {
        Invoice => Terms.First(t => t.Code == "INV"),
        PartPayment => Terms.First(t => t.Code == RepresentativeCode),
        _ => null,
    };

    public const string RepresentativeCode = "PP24";

    /// <summary>The one sub-method of each method (docs §2: <c>INVOICE_SE_1</c>, <c>PARTPAYMENT_SE_1</c>).</summary>
    public static string Submethod(string method) => method + "_SE_1";

    public static bool Serves(Method method, long amount) => amount >= method.MinAmount && amount <= method.MaxAmount;

    /// <summary>docs §2: electronic id always; a physical document only with a sales person present.</summary>
    public static IReadOnlyList<string> IdentificationMethods(bool inPerson) => inPerson
        ? ["SE_BANKID", "SE_BANKID_MOBILE", "ZIP_CODE", "PASSPORT", "DRIVERS_LICENSE", "ID_CARD"]
        : ["SE_BANKID", "ZIP_CODE", "SE_BANKID_MOBILE"];

    private static PaymentTerm PartPaymentTerm(int months) => new(
        $"PP{months}", PartPayment, $"Delbetalning {months} månader", months, PartPaymentInterest,
        PartPaymentSetupFee, PartPaymentMonthlyFee, 0, 50_000, 10_000_000);
}
