namespace Ecster.Sandbox.Http;

/// <summary>An answer other than 2xx, written as <c>{code, message}</c> with a numeric code (docs §1.1).</summary>
internal sealed class ApiException(int status, int code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public int Code { get; } = code;
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();
}
