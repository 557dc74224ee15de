using Ecster.Client;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>The shopper-facing texts of the payment step, looked up by purpose so no caller builds a resource key.</summary>
public class CheckoutTexts
{
    private const string Prefix = "Plugins.Payments.Ecster.Checkout.";

    private static readonly HashSet<string> KnownHints =
    [
        "outstandingTransaction", "noClient", "started", "userSign",
        "userCancel", "expiredTransaction", "certificateErr", "startFailed", "cancelled"
    ];

    private readonly ILocalizationService _localizationService;

    public CheckoutTexts(ILocalizationService localizationService) => _localizationService = localizationService;

    public Task<string> GetAsync(string name) => _localizationService.GetResourceAsync(Prefix + name);

    /// <summary>A BankID hint code in words; unknown codes get the general pending or failed text.</summary>
    public Task<string> HintAsync(string? hintCode, bool failed) =>
        GetAsync(hintCode is not null && KnownHints.Contains(hintCode) ? $"Hint.{hintCode}" : failed ? "Hint.Failed" : "Hint.Pending");

    /// <summary>What to tell the shopper when Ecster said no or failed; never Ecster's own (English, technical) message.</summary>
    public Task<string> ForErrorAsync(EcsterApiException error) => GetAsync(error switch
    {
        { Code: EcsterErrorCode.OverCreditLimit } => "Errors.OverCreditLimit",
        { Code: EcsterErrorCode.IdentificationNotAllowed } => "Errors.IdDocumentMismatch",
        { Kind: EcsterErrorKind.Declined } => "Errors.Declined",
        { Code: EcsterErrorCode.TicketInvalid } => "Errors.TicketExpired",
        { Code: EcsterErrorCode.PaymentOptionInvalid } => "Errors.ChooseAgain",
        { Kind: EcsterErrorKind.InvalidRequest } => "Errors.Rejected",
        _ => "Errors.Unavailable"
    });
}
