namespace Ecster.Sandbox.Http;

/// <summary>The statuses and numeric codes of docs §1.1, in one place.</summary>
internal static class ApiErrors
{
    public static ApiException InvalidRequest(string message) => new(400, 4000, message);
    public static ApiException InvalidAmount(string message) => new(400, 4000, message);
    public static ApiException InvalidPersonalNumber() => new(400, 4001, "nationalId is not a valid Swedish personal identity number.");
    public static ApiException InvalidCart(string message) => new(400, 4002, message);
    public static ApiException IdentificationNotAllowed(string message) => new(400, 4003, message);

    public static ApiException InvalidCredentials() => new(401, 4010, "Missing or wrong x-api-key / x-merchant-key.");

    public static ApiException NotFound(string message) => new(404, 4040, message);

    /// <summary>The one code Ecster's integrations are known to see: the order is not in a valid state for the operation.</summary>
    public static ApiException InvalidOrderState(string message) => new(400, 4424, message);
    public static ApiException AmountExceedsRemaining(string message) => new(400, 4425, message);
    public static ApiException DebitConsentRequired(string message) => new(400, 4426, message);
    public static ApiException AmountExceedsDebit(string message) => new(400, 4427, message);
    public static ApiException AmountExceedsConsent(string message) => new(400, 4428, message);
    public static ApiException TicketInvalid(string message) => new(400, 4430, message);
    public static ApiException PaymentOptionInvalid(string message) => new(400, 4431, message);
    public static ApiException RecipientNotAllowed(string message) => new(400, 4432, message);
    public static ApiException CreditDeclined(string message) => new(400, 4500, message);
    public static ApiException OverCreditLimit(string message) => new(400, 4501, message);

    /// <summary>A leftover of the sandbox's replay of a repeated orderReference (docs §12), not Ecster's.</summary>

    /// <summary>Ecster's rate limiting (docs §1): 429. Retry-After is the sandbox's own hint; Ecster documents none.</summary>
    public static ApiException RateLimited(int retryAfterSeconds)
    {
        var error = new ApiException(429, 4290, "Too many requests.");
        error.Headers["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return error;
    }

    public static ApiException Technical(int status) => new(status, 5000, status == 503
        ? "The service is temporarily unavailable."
        : "An internal error occurred.");

    /// <summary>The body for a status set without one (unknown route, wrong method).</summary>
    public static ApiException ForBareStatus(int status) => status switch
    {
        401 => InvalidCredentials(),
        404 => NotFound("No such resource."),
        >= 500 => Technical(status),
        _ => new(status, 4000, "The request could not be handled."),
    };
}
