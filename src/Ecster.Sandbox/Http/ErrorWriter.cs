using System.Text.Json;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Http;

internal static class ErrorWriter
{
    public static async Task WriteAsync(HttpContext context, ApiException error)
    {
        context.Response.StatusCode = error.Status;
        foreach (var (name, value) in error.Headers) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new ErrorBody(error.Code, error.Message),
            SandboxJson.Options, context.RequestAborted);
    }
}
