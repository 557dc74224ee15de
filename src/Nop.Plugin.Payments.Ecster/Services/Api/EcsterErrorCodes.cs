using Ecster.Client;

namespace Nop.Plugin.Payments.Ecster.Services.Api;

/// <summary>
/// The one table of what Ecster's error codes (<see cref="EcsterErrorCode"/>, the client's constants) mean to a
/// shopper and to an admin: the name of the text under that audience's "Errors." resources, or null where that
/// audience never meets the code (it then gets the text of the error's kind).
/// </summary>
public static class EcsterErrorCodes
{
    private static readonly Dictionary<string, (string? Shopper, string? Admin)> Texts = new(StringComparer.Ordinal)
    {
        [EcsterErrorCode.TicketInvalid] = ("TicketExpired", null),
        [EcsterErrorCode.PaymentOptionInvalid] = ("ChooseAgain", null),
        [EcsterErrorCode.OverCreditLimit] = ("OverCreditLimit", "OverCreditLimit"),
        [EcsterErrorCode.IdentificationNotAllowed] = ("IdDocumentMismatch", null),
        [EcsterErrorCode.DebitConsentRequired] = (null, "DebitConsentRequired"),
        [EcsterErrorCode.AmountExceedsConsent] = (null, "AmountExceedsConsent"),
        [EcsterErrorCode.AmountExceedsRemaining] = (null, "AmountExceedsRemaining"),
        [EcsterErrorCode.AmountExceedsDebit] = (null, "AmountExceedsDebited"),
        [EcsterErrorCode.OrderNotInValidState] = (null, "InvalidOrderState")
    };

    /// <summary>Every code with a text, for the check that each text exists in both languages.</summary>
    public static IEnumerable<string> Known => Texts.Keys;

    /// <summary>The shopper's text for a code ("Errors." + this under the checkout's resources), or null.</summary>
    public static string? ShopperText(string? code) => code is not null && Texts.TryGetValue(code, out var texts) ? texts.Shopper : null;

    /// <summary>The admin's text for a code ("Errors." + this under the back office's resources), or null.</summary>
    public static string? AdminText(string? code) => code is not null && Texts.TryGetValue(code, out var texts) ? texts.Admin : null;
}
