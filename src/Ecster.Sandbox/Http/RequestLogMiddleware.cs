using Ecster.Sandbox.Inspection;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Http;

/// <summary>Counts and logs every API request, whatever its outcome, for GET /sandbox/requests.</summary>
internal sealed class RequestLogMiddleware(RequestLog log, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = time.GetUtcNow();
        try
        {
            await next(context);
        }
        finally
        {
            var fault = context.Items.TryGetValue(FaultItems.Applied, out var applied) ? applied as string : null;
            var aborted = context.Items.ContainsKey(FaultItems.Aborted) || context.RequestAborted.IsCancellationRequested;
            log.Add(new RequestRecord(
                started,
                context.Response.Headers[RequestIdMiddleware.Header].ToString(),
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.QueryString.HasValue ? context.Request.QueryString.Value : null,
                aborted ? null : context.Response.StatusCode,
                fault));
        }
    }
}

internal static class FaultItems
{
    public const string Applied = "sandbox.fault";
    public const string Aborted = "sandbox.aborted";
}
