namespace Ecster.Sandbox.Model;

/// <summary>The error body the sandbox writes (docs §1.1): a numeric code and a message.</summary>
public sealed record ErrorBody(int Code, string Message);
