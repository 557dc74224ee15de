namespace Ecster.Sandbox.Http;

/// <summary>An answer other than 2xx, written as <c>{code, message, type}</c> (docs §1.1).</summary>
internal sealed class ApiException(int status, string code, string type, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Type { get; } = type;
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();
}
