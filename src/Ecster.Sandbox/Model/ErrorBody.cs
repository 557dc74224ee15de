namespace Ecster.Sandbox.Model;

/// <summary>The error body the sandbox writes (docs §1.1, first shape).</summary>
public sealed record ErrorBody(string Code, string Message, string Type);
