namespace Ecster.Sandbox.Domain;

/// <summary>
/// The <c>nationalId</c> forms Ecster's examples show (docs §4.1, §5): <c>SE</c> + 10 digits for an eID start,
/// <c>SE</c> + <c>YYMMDD-NNNN</c> for a ticket; <c>+</c> instead for someone 100 or older. Anything else is refused.
/// </summary>
internal static class NationalIds
{
    /// <summary>The 12-digit number of an eID start's <c>SE5305169756</c> (or <c>SE121212+9801</c>), or null.</summary>
    public static string? ForEid(string? nationalId, DateTimeOffset now) =>
        Country(nationalId) is { } rest && (rest.Length == 10 || (rest.Length == 11 && rest[6] == '+'))
            ? PersonalNumber.Normalize(rest.Length == 10 ? rest[..6] + "-" + rest[6..] : rest, now)
            : null;

    /// <summary>The 12-digit number of a ticket's <c>SE530516-9756</c> (or <c>SE121212+9801</c>), or null.</summary>
    public static string? ForTicket(string? nationalId, DateTimeOffset now) =>
        Country(nationalId) is { Length: 11 } rest && rest[6] is '-' or '+' ? PersonalNumber.Normalize(rest, now) : null;

    private static string? Country(string? nationalId) =>
        nationalId is { Length: > 2 } && nationalId.StartsWith("SE", StringComparison.Ordinal) ? nationalId[2..] : null;
}
