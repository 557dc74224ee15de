using Ecster.Client.Http;

namespace Ecster.Client.Errors;

/// <summary>Maps an HTTP status and Ecster's error body to what it means for the caller (docs §1.1).</summary>
internal static class ErrorClassifier
{
    // Codes that mean "Ecster said no to the consumer", for the {error,message} shape that has no type.
    private static readonly HashSet<string> DeclineCodes = new(StringComparer.Ordinal)
    {
        "CREDIT_DECLINED", "OVER_CREDIT_LIMIT", "ID_DOCUMENT_MISMATCH"
    };

    public static EcsterErrorKind FromStatus(int status, string? type, string? code, OperationEffect effect) => status switch
    {
        400 => EcsterErrorKind.InvalidRequest,
        401 or 403 => EcsterErrorKind.Authentication,
        404 => EcsterErrorKind.NotFound,
        409 => EcsterErrorKind.Conflict,
        422 => IsDecline(type, code) ? EcsterErrorKind.Declined : EcsterErrorKind.InvalidRequest,
        // A 429 means Ecster refused before doing anything, whatever the call.
        429 => EcsterErrorKind.Transient,
        >= 500 => WhenNoAnswer(effect),
        // Other 4xx (405, 413, ...): the request as built is not acceptable.
        _ => EcsterErrorKind.InvalidRequest
    };

    /// <summary>For a timeout, a dropped connection or a 5xx: did anything change?</summary>
    public static EcsterErrorKind WhenNoAnswer(OperationEffect effect) =>
        effect == OperationEffect.ChangesState ? EcsterErrorKind.UnknownOutcome : EcsterErrorKind.Transient;

    private static bool IsDecline(string? type, string? code) =>
        type is not null
            ? string.Equals(type, "DECLINED", StringComparison.OrdinalIgnoreCase)
            : code is not null && DeclineCodes.Contains(code);
}
