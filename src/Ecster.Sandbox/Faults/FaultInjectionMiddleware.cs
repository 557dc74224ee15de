using System.Text;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Faults;

/// <summary>
/// Simulates the network and server failures of docs §11, from the x-sandbox-fault header and from scenarios.
/// status, ratelimit, drop and malformed answer WITHOUT doing the operation; commit-then-fail does it and then
/// drops the connection, so a client cannot know it happened.
/// </summary>
internal sealed class FaultInjectionMiddleware(FaultScenarios scenarios)
{
    public const string Header = "x-sandbox-fault";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headerText = context.Request.Headers[Header].ToString();
        var plan = string.IsNullOrWhiteSpace(headerText) ? FaultPlan.None : FaultPlan.Parse(headerText);
        var (scenarioPlan, scenarioText) = scenarios.Consume(context.Request.Method, context.Request.Path);
        plan = plan.CombineWith(scenarioPlan);
        if (plan.IsEmpty)
        {
            await next(context);
            return;
        }

        context.Items[FaultItems.Applied] = string.Join(",", new[] { headerText, scenarioText }.Where(t => !string.IsNullOrWhiteSpace(t)));
        if (plan.LatencyMs > 0) await Task.Delay(plan.LatencyMs, context.RequestAborted);

        switch (plan.Action)
        {
            case FaultAction.None:
                await next(context);
                break;
            case FaultAction.Status:
                throw ApiErrors.Technical(plan.Argument);
            case FaultAction.RateLimit:
                throw ApiErrors.RateLimited(plan.Argument);
            case FaultAction.Drop:
                Abort(context);
                break;
            case FaultAction.Malformed:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("{\"id\": \"ECS-1000"), context.RequestAborted);
                break;
            case FaultAction.CommitThenFail:
                await CommitThenFailAsync(context, next);
                break;
        }
    }

    private static async Task CommitThenFailAsync(HttpContext context, RequestDelegate next)
    {
        // The answer goes to a buffer nobody reads, so no byte of it can reach the client before the abort.
        var original = context.Response.Body;
        context.Response.Body = new MemoryStream();
        try
        {
            await next(context);
        }
        catch (Exception)
        {
            // Whatever the outcome, the client only sees a dropped connection.
        }
        finally
        {
            context.Response.Body = original;
            Abort(context);
        }
    }

    private static void Abort(HttpContext context)
    {
        context.Items[FaultItems.Aborted] = true;
        context.Abort();
    }
}
