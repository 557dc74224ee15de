namespace Ecster.Sandbox.Http;

/// <summary>Turns rule breaks into the contract's error body, and anything unforeseen into a 500 of the same shape.</summary>
internal sealed class ErrorHandlingMiddleware(ILogger<ErrorHandlingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ApiException error) when (!context.Response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away (or a fault dropped the connection); nobody is left to answer.
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            // Only the type and path: bodies may carry personal numbers.
            logger.LogError("Unhandled {ExceptionType} on {Method} {Path}", error.GetType().Name, context.Request.Method, context.Request.Path);
            await ErrorWriter.WriteAsync(context, ApiErrors.Technical(500));
        }
    }
}
