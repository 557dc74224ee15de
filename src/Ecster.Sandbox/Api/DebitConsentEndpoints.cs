using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;
using Ecster.Sandbox.Notifications;

namespace Ecster.Sandbox.Api;

/// <summary>
/// docs §8: an in-person order's consumer signs a debit consent with BankID, started and collected like an eID
/// (docs §4). A consent on paper is not documented, so there is none.
/// </summary>
internal static class DebitConsentEndpoints
{
    public const string DebitConsent = "DEBIT_CONSENT";

    /// <summary>The collect interval the answers ask for, in milliseconds.</summary>
    public const int PollTime = 2000;

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/orders/{orderId}/signatures", async (HttpContext context, string orderId) =>
        {
            var request = await SandboxJson.ReadBodyAsync<SignatureRequest>(context);
            if (request.SignatureType != DebitConsent) throw ApiErrors.InvalidRequest("signatureType must be DEBIT_CONSENT.");
            // docs §8: mobile BankID in the example; BankID on this device as for an eID (Assumed A21).
            if (request.Identification?.Method is not ("SE_BANKID_MOBILE" or "SE_BANKID"))
                throw ApiErrors.InvalidRequest("identification.method must be SE_BANKID_MOBILE or SE_BANKID.");

            var now = runtime.Clock.Now();
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                if (!order.InPerson)
                    throw ApiErrors.InvalidOrderState("Only an in-person order takes a debit consent.");
                if (order.Consent.IsSigned && order.Consent.MaxAmount >= order.Amount)
                    throw ApiErrors.InvalidOrderState("The debit consent is already signed.");

                var signatureId = Ids.New("sig-");
                var session = new BankIdSession(order.Consumer, now);
                order.Consent.Attempts[signatureId] = new ConsentAttempt(signatureId, session, order.Amount);
                if (!order.Consent.IsSigned) order.Consent.Status = ConsentStatuses.Pending;
                return HttpContextExtensions.Json(View(signatureId, session), 201);
            }
        });

        api.MapGet("/orders/{orderId}/signatures/{signatureId}", (HttpContext context, string orderId, string signatureId) =>
        {
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                if (!order.Consent.Attempts.TryGetValue(signatureId, out var attempt) || attempt.Session is not { } session)
                    throw ApiErrors.NotFound("No such signature.");
                var now = runtime.Clock.Now();
                lock (session.Sync)
                {
                    session.Advance(now, runtime.Options.BankIdPendingPolls, runtime.Options.BankIdTimeout);
                    if (attempt.Status == ConsentStatuses.Pending) Settle(runtime, order, attempt, session.Status, now);
                    return HttpContextExtensions.Json(View(signatureId, session));
                }
            }
        });
    }

    private static SignatureView View(string id, BankIdSession session) =>
        new(id, StatusOf(session), "bankid:///?autostarttoken=" + session.AutoStartToken, PollTime);

    /// <summary>docs §4.3: COMPLETE, else BankID's hint code in upper snake case (outstandingTransaction → OUTSTANDING_TRANSACTION).</summary>
    private static string StatusOf(BankIdSession session)
    {
        if (session.Status == BankIdStatus.Complete) return "COMPLETE";
        var hint = session.HintCode ?? (session.Status == BankIdStatus.Failed ? "failed" : "outstandingTransaction");
        return string.Concat(hint.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
    }

    private static void Settle(SandboxRuntime runtime, Order order, ConsentAttempt attempt, BankIdStatus outcome, DateTimeOffset now)
    {
        if (outcome == BankIdStatus.Complete)
        {
            attempt.Status = ConsentStatuses.Signed;
            attempt.SignedAt = now;
            if (!order.Consent.IsSigned || order.Consent.MaxAmount < attempt.MaxAmount)
            {
                order.Consent.Sign(attempt.MaxAmount, now);
                order.UpdatedAt = now;
                runtime.Notifications.Notify(order, NotificationEvents.DebitConsentSigned);
            }
        }
        else if (outcome == BankIdStatus.Failed)
        {
            attempt.Status = ConsentStatuses.Failed;
            var anotherPending = order.Consent.Attempts.Values.Any(a => a.Status == ConsentStatuses.Pending);
            if (!order.Consent.IsSigned && !anotherPending) order.Consent.Status = ConsentStatuses.Required;
        }
    }
}
