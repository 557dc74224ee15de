namespace Ecster.Client;

/// <summary>
/// Ecster's numeric error codes as <see cref="EcsterApiException.Code"/> carries them (docs §1.1). Only
/// <see cref="OrderNotInValidState"/> is Known; the others are the contract's Assumed table (docs §13 A25).
/// </summary>
public static class EcsterErrorCode
{
    public const string InvalidRequest = "4000";
    public const string InvalidNationalId = "4001";
    public const string InvalidCart = "4002";
    public const string IdentificationNotAllowed = "4003";
    public const string Authentication = "4010";
    public const string NotFound = "4040";

    /// <summary>Known: the order is not in a valid state for the operation.</summary>
    public const string OrderNotInValidState = "4424";

    public const string AmountExceedsRemaining = "4425";
    public const string DebitConsentRequired = "4426";
    public const string AmountExceedsDebit = "4427";
    public const string AmountExceedsConsent = "4428";
    public const string TicketInvalid = "4430";
    public const string PaymentOptionInvalid = "4431";
    public const string CreditDeclined = "4500";
    public const string OverCreditLimit = "4501";

    /// <summary>Codes 4500 to 4599: Ecster said no to the consumer.</summary>
    public static bool IsDecline(string? code) =>
        int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number is >= 4500 and <= 4599;
}
