namespace Ecster.Client;

/// <summary>
/// Every failure of an Ecster call. <see cref="Kind"/> tells the caller what to do; the other properties are
/// for logs and support. The message never contains API keys or full personal numbers.
/// </summary>
public sealed class EcsterApiException : Exception
{
    public EcsterApiException(
        EcsterErrorKind kind,
        string operation,
        int? httpStatus = null,
        string? code = null,
        string? ecsterMessage = null,
        string? type = null,
        string? requestId = null,
        Exception? innerException = null)
        : base(Describe(kind, operation, httpStatus, code, type, ecsterMessage, requestId), innerException)
    {
        Kind = kind;
        Operation = operation;
        HttpStatus = httpStatus;
        Code = code;
        EcsterMessage = ecsterMessage;
        Type = type;
        RequestId = requestId;
    }

    /// <summary>What the failure means for the caller.</summary>
    public EcsterErrorKind Kind { get; }

    /// <summary>The client operation, e.g. <c>Debit</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status, or null when no answer arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>Ecster's numeric error code as text (<c>code</c>, or <c>error</c> in the older shape), e.g. <c>4424</c>; see <see cref="EcsterErrorCode"/>.</summary>
    public string? Code { get; }

    /// <summary>Ecster's human-readable message, with anything that looks like a personal number masked.</summary>
    public string? EcsterMessage { get; }

    /// <summary>The <c>type</c> of Ecster's older error answers; usually null.</summary>
    public string? Type { get; }

    /// <summary>True when Ecster's rate limiting refused the call (HTTP 429, docs §1): nothing happened.</summary>
    public bool IsRateLimited => HttpStatus == 429;

    /// <summary>An <c>x-request-id</c> answer header when present, to quote to support.</summary>
    public string? RequestId { get; }

    private static string Describe(
        EcsterErrorKind kind, string operation, int? status, string? code, string? type, string? message, string? requestId)
    {
        var parts = new List<string> { $"Ecster {operation} failed ({kind})" };
        if (status is not null)
            parts.Add($"HTTP {status}");
        if (type is not null)
            parts.Add($"type {type}");
        if (code is not null)
            parts.Add($"code {code}");
        if (requestId is not null)
            parts.Add($"request id {requestId}");

        var text = string.Join(", ", parts);
        return message is null ? text + "." : $"{text}: {message}";
    }
}
