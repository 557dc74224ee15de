using Ecster.Client.Http;

namespace Ecster.Client.Errors;

/// <summary>Maps an HTTP status and Ecster's error body to what it means for the caller (docs §1.1).</summary>
internal static class ErrorClassifier
{
    public static EcsterErrorKind FromStatus(int status, string? type, string? code, OperationEffect effect) =>
        FromCode(code) ?? status switch
        {
            400 => EcsterErrorKind.InvalidRequest,
            401 or 403 => EcsterErrorKind.Authentication,
            404 => EcsterErrorKind.NotFound,
            409 => EcsterErrorKind.Conflict,
            422 => string.Equals(type, "DECLINED", StringComparison.OrdinalIgnoreCase) ? EcsterErrorKind.Declined : EcsterErrorKind.InvalidRequest,
            // Ecster's rate limiting (docs §1): it refused before doing anything, whatever the call.
            429 => EcsterErrorKind.Transient,
            >= 500 => WhenNoAnswer(effect),
            // Other 4xx (405, 413, ...): the request as built is not acceptable.
            _ => EcsterErrorKind.InvalidRequest
        };

    /// <summary>For a timeout, a dropped connection or a 5xx: did anything change?</summary>
    public static EcsterErrorKind WhenNoAnswer(OperationEffect effect) =>
        effect == OperationEffect.ChangesState ? EcsterErrorKind.UnknownOutcome : EcsterErrorKind.Transient;

    // Ecster's code says more than the status it comes with (docs §1.1: the code decides first).
    private static EcsterErrorKind? FromCode(string? code) => code switch
    {
        EcsterErrorCode.OrderNotInValidState => EcsterErrorKind.Conflict,
        EcsterErrorCode.NotFound => EcsterErrorKind.NotFound,
        EcsterErrorCode.Authentication => EcsterErrorKind.Authentication,
        _ when EcsterErrorCode.IsDecline(code) => EcsterErrorKind.Declined,
        _ => null
    };
}
