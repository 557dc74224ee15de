namespace Ecster.Sandbox.Http;

/// <summary>The statuses, types and codes of docs §1.1, in one place.</summary>
internal static class ApiErrors
{
    public static ApiException Validation(string code, string message) => new(400, code, "VALIDATION", message);
    public static ApiException InvalidRequest(string message) => Validation("INVALID_REQUEST", message);
    public static ApiException InvalidAmount(string message) => Validation("INVALID_AMOUNT", message);
    public static ApiException InvalidPersonalNumber() =>
        Validation("INVALID_PERSONAL_NUMBER", "personalNumber is not a valid Swedish personal number.");

    public static ApiException InvalidCredentials() =>
        new(401, "INVALID_CREDENTIALS", "AUTHENTICATION", "Missing or wrong x-api-key / x-merchant-key.");

    public static ApiException NotFound(string message) => new(404, "NOT_FOUND", "NOT_FOUND", message);

    public static ApiException Conflict(string code, string message) => new(409, code, "CONFLICT", message);
    public static ApiException InvalidOrderState(string message) => Conflict("INVALID_ORDER_STATE", message);
    public static ApiException ReferenceConflict(string message) => Conflict("REFERENCE_CONFLICT", message);

    public static ApiException Declined(string code, string message) => new(422, code, "DECLINED", message);
    public static ApiException BusinessRule(string code, string message) => new(422, code, "BUSINESS_RULE", message);

    public static ApiException RateLimited(int retryAfterSeconds)
    {
        var error = new ApiException(429, "TOO_MANY_REQUESTS", "RATE_LIMIT", "Too many requests; retry after the Retry-After header.");
        error.Headers["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return error;
    }

    public static ApiException Technical(int status) => status == 503
        ? new(503, "SERVICE_UNAVAILABLE", "TECHNICAL", "The service is temporarily unavailable.")
        : new(status, "INTERNAL_ERROR", "TECHNICAL", "An internal error occurred.");

    /// <summary>The body for a status set without one (unknown route, wrong method).</summary>
    public static ApiException ForBareStatus(int status) => status switch
    {
        401 => InvalidCredentials(),
        404 => NotFound("No such resource."),
        405 => new(405, "METHOD_NOT_ALLOWED", "VALIDATION", "This method is not allowed on this resource."),
        >= 500 => Technical(status),
        _ => new(status, "INVALID_REQUEST", "VALIDATION", "The request could not be handled."),
    };
}
