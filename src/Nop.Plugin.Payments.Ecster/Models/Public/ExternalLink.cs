namespace Nop.Plugin.Payments.Ecster.Models.Public;

/// <summary>
/// Which links that come from Ecster may become an href in a page: absolute https (Ecster's terms pages) and bankid
/// (the scheme that opens the BankID app). Anything else (javascript:, data:, plain http, relative paths) is dropped
/// rather than rendered, so a broken or hostile answer can never run script or send a shopper off-site in clear text.
/// Content/ecster-checkout.js applies the same rule in the browser.
/// </summary>
public static class ExternalLink
{
    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttps, "bankid"];

    public static string? OrNull(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            ? uri.OriginalString
            : null;
}
