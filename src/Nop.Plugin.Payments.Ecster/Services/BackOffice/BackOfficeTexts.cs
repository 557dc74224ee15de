using System.Globalization;
using Ecster.Client;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Services.BackOffice;

/// <summary>
/// The back office's words for admins: localised texts with arguments, and Ecster's refusals turned into what an
/// admin can act on. Nothing here ever contains a key, a full personal number or Ecster's raw message.
/// </summary>
public class BackOfficeTexts
{
    private const string Prefix = "Plugins.Payments.Ecster.BackOffice.";

    private readonly ILocalizationService _localizationService;

    public BackOfficeTexts(ILocalizationService localizationService) => _localizationService = localizationService;

    /// <summary>The text for <c>Plugins.Payments.Ecster.BackOffice.{key}</c>, with {0}, {1}... filled in.</summary>
    public async Task<string> GetAsync(string key, params object?[] args)
    {
        var text = await _localizationService.GetResourceAsync(Prefix + key);
        return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
    }

    /// <summary>The resource key (after the prefix) that explains an Ecster error to an admin.</summary>
    public static string ErrorKey(EcsterApiException error) => error.Code switch
    {
        EcsterErrorCode.DebitConsentRequired => "Errors.DebitConsentRequired",
        EcsterErrorCode.AmountExceedsConsent => "Errors.AmountExceedsConsent",
        EcsterErrorCode.AmountExceedsRemaining => "Errors.AmountExceedsRemaining",
        EcsterErrorCode.AmountExceedsDebit => "Errors.AmountExceedsDebited",
        EcsterErrorCode.OrderNotInValidState => "Errors.InvalidOrderState",
        EcsterErrorCode.OverCreditLimit => "Errors.OverCreditLimit",
        _ => error.Kind switch
        {
            EcsterErrorKind.Authentication => "Errors.Authentication",
            EcsterErrorKind.NotFound => "Errors.EcsterOrderNotFound",
            EcsterErrorKind.Transient => "Errors.EcsterUnavailable",
            EcsterErrorKind.UnknownOutcome or EcsterErrorKind.MalformedResponse => "Errors.UnknownOutcome",
            _ => "Errors.Refused"
        }
    };

    /// <summary>The admin's explanation of an Ecster error; the code and Ecster's request id help support.</summary>
    public Task<string> ErrorAsync(EcsterApiException error) =>
        GetAsync(ErrorKey(error), error.Code ?? error.Kind.ToString(), error.RequestId ?? "-");

    public static string Sek(decimal amount) => amount.ToString("N2", CultureInfo.GetCultureInfo("sv-SE")) + " kr";
}
