namespace Nop.Plugin.Payments.Ecster.Services.Api;

/// <summary>
/// Ecster's error codes the plugin acts on, and the one table of what each means to a shopper and to an admin:
/// the name of the text under that audience's "Errors." resources, or null where that audience never meets the
/// code (it then gets the text of the error's kind).
/// </summary>
public static class EcsterErrorCodes
{
    public const string TicketExpired = "TICKET_EXPIRED";
    public const string PaymentOptionNotAvailable = "PAYMENT_OPTION_NOT_AVAILABLE";
    public const string OverCreditLimit = "OVER_CREDIT_LIMIT";
    public const string IdDocumentMismatch = "ID_DOCUMENT_MISMATCH";
    public const string DebitConsentRequired = "DEBIT_CONSENT_REQUIRED";
    public const string AmountExceedsConsent = "AMOUNT_EXCEEDS_CONSENT";
    public const string AmountExceedsRemaining = "AMOUNT_EXCEEDS_REMAINING";
    public const string AmountExceedsDebited = "AMOUNT_EXCEEDS_DEBITED";
    public const string NothingToAnnul = "NOTHING_TO_ANNUL";
    public const string InvalidOrderState = "INVALID_ORDER_STATE";
    public const string ReferenceConflict = "REFERENCE_CONFLICT";

    private static readonly Dictionary<string, (string? Shopper, string? Admin)> Texts = new(StringComparer.Ordinal)
    {
        [TicketExpired] = ("TicketExpired", null),
        [PaymentOptionNotAvailable] = ("ChooseAgain", null),
        [OverCreditLimit] = ("OverCreditLimit", "OverCreditLimit"),
        [IdDocumentMismatch] = ("IdDocumentMismatch", null),
        [DebitConsentRequired] = (null, "DebitConsentRequired"),
        [AmountExceedsConsent] = (null, "AmountExceedsConsent"),
        [AmountExceedsRemaining] = (null, "AmountExceedsRemaining"),
        [AmountExceedsDebited] = (null, "AmountExceedsDebited"),
        [NothingToAnnul] = (null, "NothingToAnnul"),
        [InvalidOrderState] = (null, "InvalidOrderState"),
        [ReferenceConflict] = (null, "ReferenceConflict")
    };

    /// <summary>The shopper's text for a code ("Errors." + this under the checkout's resources), or null.</summary>
    public static string? ShopperText(string? code) => code is not null && Texts.TryGetValue(code, out var texts) ? texts.Shopper : null;

    /// <summary>The admin's text for a code ("Errors." + this under the back office's resources), or null.</summary>
    public static string? AdminText(string? code) => code is not null && Texts.TryGetValue(code, out var texts) ? texts.Admin : null;
}
