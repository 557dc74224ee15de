using System.Text.RegularExpressions;
using Ecster.Client;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Payments.Ecster.Models.Admin;

namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>
/// The rules of the configuration form. Returns resource keys, not texts, so the controller shows them in the
/// admin's language and tests can name the rule that failed.
/// </summary>
public static partial class ConfigurationValidator
{
    private const string Errors = "Plugins.Payments.Ecster.Admin.Validation.";

    /// <summary>Longer keys are not Ecster keys; the limit also bounds what a form post can make us store.</summary>
    public const int LongestKey = 256;

    /// <summary>Every rule for saving; <paramref name="stored"/> supplies the keys an empty input keeps.</summary>
    public static IReadOnlyList<ConfigurationError> ForSave(ConfigurationModel model, EcsterSettings stored)
    {
        var errors = ForConnection(model, stored).ToList();
        var environment = (EcsterEnvironment)model.EnvironmentId;

        // Ecster's own environments cannot work without keys; a sandbox may be saved first and keyed later.
        if (environment is EcsterEnvironment.Production or EcsterEnvironment.Test)
        {
            if (string.IsNullOrWhiteSpace(model.ApiKey) && string.IsNullOrWhiteSpace(stored.ApiKey))
                errors.Add(new(nameof(model.ApiKey), Errors + "ApiKeyRequired"));
            if (string.IsNullOrWhiteSpace(model.MerchantKey) && string.IsNullOrWhiteSpace(stored.MerchantKey))
                errors.Add(new(nameof(model.MerchantKey), Errors + "MerchantKeyRequired"));
        }

        if (!model.OfferInvoice && !model.OfferPartPayment && !model.OfferAccount)
            errors.Add(new(nameof(model.OfferInvoice), Errors + "NoMethodOffered"));

        if (model.MinOrderTotal < 0)
            errors.Add(new(nameof(model.MinOrderTotal), Errors + "NotNegative"));
        if (model.MaxOrderTotal < 0)
            errors.Add(new(nameof(model.MaxOrderTotal), Errors + "NotNegative"));
        if (model.MaxOrderTotal > 0 && model.MinOrderTotal > model.MaxOrderTotal)
            errors.Add(new(nameof(model.MaxOrderTotal), Errors + "MinAboveMax"));

        if (!Enum.IsDefined((EcsterCaptureMode)model.CaptureModeId))
            errors.Add(new(nameof(model.CaptureModeId), Errors + "UnknownCaptureMode"));

        if (model.WidgetMinPrice < 0)
            errors.Add(new(nameof(model.WidgetMinPrice), Errors + "NotNegative"));
        if (model.ProductWidgetEnabled && !WidgetZone().IsMatch(model.ProductWidgetZone?.Trim() ?? string.Empty))
            errors.Add(new(nameof(model.ProductWidgetZone), Errors + "WidgetZone"));

        return errors;
    }

    /// <summary>
    /// The rules a connection needs: where to connect, keys that could be keys, and stored keys only where they may go.
    /// </summary>
    public static IReadOnlyList<ConfigurationError> ForConnection(ConfigurationModel model, EcsterSettings stored)
    {
        var errors = new List<ConfigurationError>();
        var environment = (EcsterEnvironment)model.EnvironmentId;
        if (!Enum.IsDefined(environment))
            errors.Add(new(nameof(model.EnvironmentId), Errors + "UnknownEnvironment"));

        if (environment == EcsterEnvironment.Sandbox)
        {
            if (!Uri.TryCreate(model.SandboxBaseUrl?.Trim(), UriKind.Absolute, out var url) ||
                (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) ||
                !string.IsNullOrEmpty(url.UserInfo))
                errors.Add(new(nameof(model.SandboxBaseUrl), Errors + "SandboxUrl"));
            // The server sends the keys to this address: a typo or a hostile value must not reach another host
            // unless the admin says on purpose that the sandbox runs elsewhere.
            else if (!url.IsLoopback && !model.SandboxRemoteConfirmed)
                errors.Add(new(nameof(model.SandboxBaseUrl), Errors + "SandboxNotLoopback"));
        }

        if (model.ApiKey?.Trim().Length > LongestKey || model.ApiKey?.Trim().Any(char.IsWhiteSpace) == true)
            errors.Add(new(nameof(model.ApiKey), Errors + "KeyFormat"));
        if (model.MerchantKey?.Trim().Length > LongestKey || model.MerchantKey?.Trim().Any(char.IsWhiteSpace) == true)
            errors.Add(new(nameof(model.MerchantKey), Errors + "KeyFormat"));

        if (errors.Count == 0 && !StoredKeysMayGo(model, stored))
        {
            if (string.IsNullOrWhiteSpace(model.ApiKey) && !string.IsNullOrWhiteSpace(stored.ApiKey))
                errors.Add(new(nameof(model.ApiKey), Errors + "RetypeKeysForAddress"));
            if (string.IsNullOrWhiteSpace(model.MerchantKey) && !string.IsNullOrWhiteSpace(stored.MerchantKey))
                errors.Add(new(nameof(model.MerchantKey), Errors + "RetypeKeysForAddress"));
        }

        return errors;
    }

    /// <summary>
    /// Stored keys go only to Ecster's own hosts or to the address they were stored for. Anywhere else (another
    /// sandbox, a typo, a hostile address) an admin must type them on the form again, so a changed environment or
    /// address can never carry, say, production keys off to another host.
    /// </summary>
    private static bool StoredKeysMayGo(ConfigurationModel model, EcsterSettings stored)
    {
        var target = AddressOf((EcsterEnvironment)model.EnvironmentId,
            string.IsNullOrWhiteSpace(model.SandboxBaseUrl) ? stored.SandboxBaseUrl : model.SandboxBaseUrl.Trim());
        if (target is null || IsEcsters(target))
            return true;
        var storedFor = AddressOf(stored.Environment, stored.SandboxBaseUrl);
        return storedFor is not null && Uri.Compare(target, storedFor, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static Uri? AddressOf(EcsterEnvironment environment, string? sandboxBaseUrl) => environment switch
    {
        EcsterEnvironment.Production => EcsterClientOptions.ProductionBaseUrl,
        EcsterEnvironment.Test => EcsterClientOptions.TestBaseUrl,
        EcsterEnvironment.Sandbox => Uri.TryCreate(sandboxBaseUrl, UriKind.Absolute, out var url) ? url : null,
        _ => null
    };

    private static bool IsEcsters(Uri address) =>
        Uri.Compare(address, EcsterClientOptions.ProductionBaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 ||
        Uri.Compare(address, EcsterClientOptions.TestBaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>nopCommerce's widget zone names: lower-case words joined by underscores.</summary>
    [GeneratedRegex("^[a-z0-9_]{1,100}$")]
    private static partial Regex WidgetZone();
}
