using Ecster.Client;
using System.Text.RegularExpressions;
using Nop.Plugin.Payments.Ecster.Models.Admin;

namespace Nop.Plugin.Payments.Ecster.Services.Admin;

/// <summary>
/// The checks behind the configuration form's rules, free of FluentValidation and of the store, so the validators in
/// Validators/ read as a list of rules and each check is written once.
/// </summary>
public static partial class ConfigurationRules
{
    /// <summary>Longer keys are not Ecster keys; the limit also bounds what a form post can make us store.</summary>
    public const int LongestKey = 256;

    public static bool IsKnownEnvironment(int environmentId) => Enum.IsDefined((EcsterEnvironment)environmentId);

    public static bool IsSandbox(ConfigurationModel model) => model.EnvironmentId == (int)EcsterEnvironment.Sandbox;

    /// <summary>Ecster's own environments cannot work without keys; a sandbox may be saved first and keyed later.</summary>
    public static bool NeedsKeys(ConfigurationModel model) =>
        (EcsterEnvironment)model.EnvironmentId is EcsterEnvironment.Production or EcsterEnvironment.Test;

    /// <summary>An absolute http(s) address without credentials in it.</summary>
    public static bool IsSandboxUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) &&
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) &&
        string.IsNullOrEmpty(url.UserInfo);

    /// <summary>
    /// The server sends the keys to this address: a typo or a hostile value must not reach another host unless the
    /// admin says on purpose that the sandbox runs elsewhere.
    /// </summary>
    public static bool SandboxHostAllowed(string? value, bool remoteConfirmed) =>
        remoteConfirmed || (Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var url) && url.IsLoopback);

    /// <summary>Empty (keep the stored key), or something that could be a key.</summary>
    public static bool IsKeyShaped(string? value) =>
        value?.Trim() is not { } key || (key.Length <= LongestKey && !key.Any(char.IsWhiteSpace));

    /// <summary>Where to connect and the typed keys are all valid: only then is it worth asking where stored keys may go.</summary>
    public static bool ConnectionInputValid(ConfigurationModel model) =>
        IsKnownEnvironment(model.EnvironmentId) &&
        (!IsSandbox(model) || (IsSandboxUrl(model.SandboxBaseUrl) && SandboxHostAllowed(model.SandboxBaseUrl, model.SandboxRemoteConfirmed))) &&
        IsKeyShaped(model.ApiKey) && IsKeyShaped(model.MerchantKey);

    /// <summary>
    /// Stored keys go only to Ecster's own hosts or to the address they were stored for. Anywhere else (another
    /// sandbox, a typo, a hostile address) an admin must type them on the form again, so a changed environment or
    /// address can never carry, say, production keys off to another host.
    /// </summary>
    public static bool StoredKeysMayGo(ConfigurationModel model, EcsterSettings stored)
    {
        var target = AddressOf((EcsterEnvironment)model.EnvironmentId,
            string.IsNullOrWhiteSpace(model.SandboxBaseUrl) ? stored.SandboxBaseUrl : model.SandboxBaseUrl.Trim());
        if (target is null || IsEcsters(target))
            return true;
        var storedFor = AddressOf(stored.Environment, stored.SandboxBaseUrl);
        return storedFor is not null && SameServer(target, storedFor);
    }

    /// <summary>nopCommerce's widget zone names: lower-case words joined by underscores.</summary>
    public static bool IsWidgetZone(string? value) => WidgetZone().IsMatch(value?.Trim() ?? string.Empty);

    private static Uri? AddressOf(EcsterEnvironment environment, string? sandboxBaseUrl) => environment switch
    {
        EcsterEnvironment.Production => EcsterClientOptions.ProductionBaseUrl,
        EcsterEnvironment.Test => EcsterClientOptions.TestBaseUrl,
        EcsterEnvironment.Sandbox => Uri.TryCreate(sandboxBaseUrl, UriKind.Absolute, out var url) ? url : null,
        _ => null
    };

    private static bool IsEcsters(Uri address) =>
        SameServer(address, EcsterClientOptions.ProductionBaseUrl) || SameServer(address, EcsterClientOptions.TestBaseUrl);

    private static bool SameServer(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    [GeneratedRegex("^[a-z0-9_]{1,100}$")]
    private static partial Regex WidgetZone();
}
