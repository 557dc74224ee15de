using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Finance;

/// <summary>The sandbox's payment methods (docs §2) and the terms behind them (docs §3).</summary>
internal static class PaymentCatalog
{
    public const string Invoice = "INVOICE";
    public const string PartPayment = "PART_PAYMENT";
    public const string Account = "ACCOUNT";
    public const string Ecommerce = "ECOMMERCE";
    public const string Store = "STORE";

    public static IReadOnlyList<string> Channels { get; } = [Ecommerce, Store];

    public static IReadOnlyList<PaymentMethodView> Methods { get; } =
    [
        new(Invoice, "Faktura", 10_000, 3_000_000, ["BANKID", "MOBILE_BANKID", "ID_DOCUMENT"], [Ecommerce, Store]),
        new(PartPayment, "Delbetalning", 50_000, 10_000_000, ["BANKID", "MOBILE_BANKID", "ID_DOCUMENT"], [Ecommerce, Store]),
        new(Account, "Ecster-konto", 20_000, 5_000_000, ["BANKID", "MOBILE_BANKID"], [Ecommerce]),
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
        new("ACC", Account, "Ecster-konto, 24 månader", 24, 1995, 0, 2_900, 0, 20_000, 5_000_000),
    ];

    public const string RepresentativeCode = "PP24";
    public const long RepresentativeAmount = 1_000_000;

    public static PaymentMethodView Method(string type) => Methods.First(m => m.Type == type);

    public static bool MethodServesChannel(string type, string channel) => Method(type).Channels.Contains(channel);

    private static PaymentTerm PartPaymentTerm(int months) => new(
        $"PP{months}", PartPayment, $"Delbetalning {months} månader", months, PartPaymentInterest,
        PartPaymentSetupFee, PartPaymentMonthlyFee, 0, 50_000, 10_000_000);
}
