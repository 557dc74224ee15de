namespace Ecster.Sandbox.Api;

/// <summary>docs §1.2: a repeated request with the same reference and content answers 200 with this header.</summary>
internal static class Replay
{
    public const string Header = "x-idempotent-replay";

    public static void Mark(HttpContext context) => context.Response.Headers[Header] = "true";
}
