using System.Text.RegularExpressions;

namespace Ecster.Client.Errors;

/// <summary>
/// Cleans text that came from outside (Ecster's error messages) before it goes into an exception or a log:
/// an echoed personal number or key must not leak through us.
/// </summary>
internal static partial class Redactor
{
    private const string Mask = "****";

    // 10 or 12 digits, optionally with a - or + before the last four: every layout of a personal number.
    [GeneratedRegex(@"(?<!\d)(\d{6}|\d{8})[-+]?\d{4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalNumberLike();

    public static string? Scrub(string? text, IEnumerable<string?> secrets)
    {
        if (string.IsNullOrEmpty(text))
            return text;

        var result = PersonalNumberLike().Replace(text, m => m.Groups[1].Value + "-" + Mask);
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
                result = result.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return result;
    }
}
