using Ecster.Client;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Services.Checkout;

/// <summary>The shopper-facing texts of the payment step, looked up by purpose so no caller builds a resource key.</summary>
public class CheckoutTexts
{
    private const string Prefix = "Plugins.Payments.Ecster.Checkout.";

    private static readonly HashSet<string> KnownHints =
    [
        "outstandingTransaction", "noClient", "started", "userSign",
        "userCancel", "expiredTransaction", "certificateErr", "startFailed", "cancelled", "alreadyInProgress"
    ];

    private readonly ILocalizationService _localizationService;

    public CheckoutTexts(ILocalizationService localizationService) => _localizationService = localizationService;

    public Task<string> GetAsync(string name) => _localizationService.GetResourceAsync(Prefix + name);

    /// <summary>An eID status (<c>USER_SIGN</c>) in words; unknown statuses get the general pending or failed text.</summary>
    public Task<string> HintAsync(string? status, bool failed)
    {
        var hint = HintName(status);
        return GetAsync(hint is not null && KnownHints.Contains(hint) ? $"Hint.{hint}" : failed ? "Hint.Failed" : "Hint.Pending");
    }

    // Ecster's statuses are BankID's hint codes in upper snake case; the texts keep BankID's own names.
    private static string? HintName(string? status)
    {
        if (string.IsNullOrEmpty(status))
            return null;
        var parts = status.ToLowerInvariant().Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>What to tell the shopper when Ecster said no or failed; never Ecster's own (English, technical) message.</summary>
    public Task<string> ForErrorAsync(EcsterApiException error) => GetAsync("Errors." + (EcsterErrorCodes.ShopperText(error.Code) ?? error.Kind switch
    {
        EcsterErrorKind.Declined => "Declined",
        EcsterErrorKind.InvalidRequest => "Rejected",
        _ => "Unavailable"
    }));
}
