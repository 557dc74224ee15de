using System.Net;

namespace Ecster.Sandbox.Hosting;

/// <summary>
/// The sandbox accepts any keys it is configured with and fakes credit decisions: it must never be reachable
/// from another machine. Every listen URL must name a loopback host.
/// </summary>
internal static class LoopbackUrls
{
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>The URLs from a --urls style value; throws when one is not loopback.</summary>
    public static IReadOnlyList<string> Parse(string? urls)
    {
        var list = (string.IsNullOrWhiteSpace(urls) ? Default : urls)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in list)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new ArgumentException($"'{url}' is not an http(s) URL.");
            if (!IsLoopback(uri.Host))
                throw new ArgumentException($"The sandbox only listens on loopback (127.0.0.1, [::1], localhost); refusing '{url}'.");
        }
        return list;
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
