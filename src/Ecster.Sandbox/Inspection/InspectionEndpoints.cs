using Ecster.Sandbox.Api;
using Ecster.Sandbox.Http;

namespace Ecster.Sandbox.Inspection;

/// <summary>docs §11: look inside the sandbox, register faults, reset. No keys: these are not Ecster's API.</summary>
internal static class InspectionEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SandboxRuntime runtime)
    {
        var inspector = new SandboxInspector(runtime);
        var sandbox = app.MapGroup("/sandbox");
        sandbox.MapGet("/orders", () => HttpContextExtensions.Json(new { orders = inspector.Orders }));
        sandbox.MapGet("/transactions", () => HttpContextExtensions.Json(new { transactions = inspector.Transactions }));
        sandbox.MapGet("/notifications", () => HttpContextExtensions.Json(new { notifications = inspector.Notifications }));
        sandbox.MapGet("/requests", () => HttpContextExtensions.Json(runtime.Requests.View()));
        sandbox.MapGet("/faults", () => HttpContextExtensions.Json(new { faults = inspector.Faults }));
        sandbox.MapPost("/faults", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<FaultScenarioRequest>(context);
            var added = runtime.Faults.Add(request.Path ?? "", request.Method, request.Fault ?? "", request.Times);
            return HttpContextExtensions.Json(added, 201);
        });
        sandbox.MapDelete("/faults", () =>
        {
            runtime.Faults.Clear();
            return Results.NoContent();
        });
        sandbox.MapDelete("/faults/{id}", (string id) => runtime.Faults.Remove(id) ? Results.NoContent() : Results.NotFound());
        sandbox.MapPost("/reset", () =>
        {
            runtime.Reset();
            return Results.NoContent();
        });
    }
}
