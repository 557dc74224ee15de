using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §4: electronic identification, started for a named person and collected by its id.</summary>
internal static class IdentificationEndpoints
{
    private static readonly string[] EidTypes = ["SE_BANKID", "SE_BANKID_MOBILE"];

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/identification/eid", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<EidStartRequest>(context);
            if (request.Type is null || !EidTypes.Contains(request.Type))
                throw ApiErrors.InvalidRequest("type must be SE_BANKID or SE_BANKID_MOBILE.");
            var now = runtime.Clock.Now();
            var personalNumber = NationalIds.ForEid(request.NationalId, now) ?? throw ApiErrors.InvalidPersonalNumber();

            var order = new EidOrder(request.Type, personalNumber, new BankIdSession(TestConsumers.Find(personalNumber), now));
            RefuseIfAlreadyInProgress(runtime, order, now);
            runtime.Store.BankIdSessions[order.Id] = order.Session;
            runtime.Store.EidOrders[order.Id] = order;
            return HttpContextExtensions.Json(View(runtime, order));
        });

        api.MapGet("/identification/eid/{id}", (string id) =>
        {
            var order = Find(runtime, id);
            lock (order.Session.Sync)
            {
                order.Session.Advance(runtime.Clock.Now(), runtime.Options.BankIdPendingPolls, runtime.Options.BankIdTimeout);
                return HttpContextExtensions.Json(View(runtime, order));
            }
        });
    }

    /// <summary>
    /// docs §4.3: ALREADY_IN_PROGRESS when the person already has an outstanding eID. As BankID does with
    /// <c>alreadyInProgress</c>, the earlier order is cancelled too, so that the consumer can simply try again.
    /// </summary>
    private static void RefuseIfAlreadyInProgress(SandboxRuntime runtime, EidOrder order, DateTimeOffset now)
    {
        lock (runtime.Store.EidStartSync)
        {
            if (runtime.Store.LatestEidByPerson.TryGetValue(order.PersonalNumber, out var earlier))
            {
                lock (earlier.Session.Sync)
                {
                    if (earlier.Session.IsOutstanding(now, runtime.Options.BankIdTimeout))
                    {
                        earlier.Session.Cancel();
                        lock (order.Session.Sync) order.Session.RefuseStart("alreadyInProgress");
                        return;
                    }
                }
            }
            runtime.Store.LatestEidByPerson[order.PersonalNumber] = order;
        }
    }

    public static EidOrder Find(SandboxRuntime runtime, string id) =>
        runtime.Store.EidOrders.TryGetValue(id, out var order) ? order : throw ApiErrors.NotFound("No such identification.");

    private static EidView View(SandboxRuntime runtime, EidOrder order) => new(
        order.Id, order.Status, "bankid:///?autostarttoken=" + order.Session.AutoStartToken, (int)runtime.Options.PollTime.TotalMilliseconds);
}
