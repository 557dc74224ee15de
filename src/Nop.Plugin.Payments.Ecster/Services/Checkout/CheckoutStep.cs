namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>
/// What the payment page shows next, as the page's script receives it (JSON). Texts are already localised; no
/// field ever carries a personal number.
/// </summary>
public sealed class CheckoutStep
{
    /// <summary>pending (keep polling), options (choose one), failed (retry possible), error (a message only), cancelled.</summary>
    public string Status { get; init; } = CheckoutStepStatus.Error;

    /// <summary>What to tell the shopper now (read out by screen readers).</summary>
    public string? Message { get; init; }

    /// <summary>Ecster's <c>startURL</c> (bankid: or https: only), for "BankID on this device".</summary>
    public string? AutoStartUrl { get; init; }

    /// <summary>Ecster's <c>pollTime</c>: milliseconds before the page collects again (the page bounds it).</summary>
    public int? PollAfterMs { get; init; }

    /// <summary>The identified consumer's name, to confirm who is paying.</summary>
    public string? ConsumerName { get; init; }

    /// <summary>The cart total the options are for, formatted.</summary>
    public string? Total { get; init; }

    public IReadOnlyList<OptionView> Options { get; init; } = [];

    /// <summary>HTTP status for the answer (400 for a refused request, 200 otherwise).</summary>
    public int HttpStatus { get; init; } = 200;

    public static CheckoutStep Error(string message, int httpStatus = 200) =>
        new() { Status = CheckoutStepStatus.Error, Message = message, HttpStatus = httpStatus };
}

public static class CheckoutStepStatus
{
    public const string Pending = "pending";
    public const string Options = "options";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Error = "error";
}

/// <summary>One payment option as the shopper compares them; money and rates already formatted.</summary>
public sealed record OptionView(
    string Id,
    string Description,
    string? PaymentMethod,
    int Months,
    string MonthlyAmount,
    string SetupFee,
    string MonthlyFee,
    string InvoiceFee,
    string NominalInterest,
    string EffectiveInterest,
    string TotalAmount);
