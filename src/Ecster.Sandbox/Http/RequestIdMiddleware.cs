namespace Ecster.Sandbox.Http;

/// <summary>Every answer carries x-request-id (docs §1), so it is set before anything else can answer.</summary>
internal static class RequestIdMiddleware
{
    public const string Header = "x-request-id";

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers[Header] = "req-" + Guid.NewGuid().ToString("N");
        return next(context);
    }
}
