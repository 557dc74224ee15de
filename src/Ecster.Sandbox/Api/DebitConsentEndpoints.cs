using System.Net;
using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Finance;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;
using Ecster.Sandbox.Notifications;

namespace Ecster.Sandbox.Api;

/// <summary>docs §8: a store order's consumer signs (BankID) or has signed on paper a consent to be debited.</summary>
internal static class DebitConsentEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/orders/{orderId}/debitconsent", async (HttpContext context, string orderId) =>
        {
            var request = await SandboxJson.ReadBodyAsync<DebitConsentRequest>(context);
            var now = runtime.Clock.Now();
            var method = request.Method switch
            {
                "BANKID" or "PAPER" => request.Method,
                _ => throw ApiErrors.InvalidRequest("method must be BANKID or PAPER."),
            };
            string? personalNumber = null;
            if (method == "BANKID")
            {
                if (string.IsNullOrWhiteSpace(request.EndUserIp) || !IPAddress.TryParse(request.EndUserIp, out _))
                    throw ApiErrors.InvalidRequest("endUserIp must be the consumer's IP address.");
                if (request.PersonalNumber is not null)
                    personalNumber = PersonalNumber.Normalize(request.PersonalNumber, now) ?? throw ApiErrors.InvalidPersonalNumber();
            }
            else if (string.IsNullOrWhiteSpace(request.SignedBy))
            {
                throw ApiErrors.InvalidRequest("signedBy is required for a PAPER consent.");
            }

            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                if (!order.InPerson)
                    throw ApiErrors.InvalidOrderState("Only store orders take a debit consent.");
                if (order.Consent.IsSigned && order.Consent.MaxAmount >= order.Amount)
                    throw ApiErrors.InvalidOrderState("The debit consent is already signed.");
                if (personalNumber is not null && personalNumber != order.Consumer.PersonalNumber)
                    throw ApiErrors.InvalidRequest("personalNumber is not the order's consumer.");

                var consentId = Ids.New("dc-");
                if (method == "PAPER")
                {
                    var attempt = new ConsentAttempt(consentId, null, order.Amount) { Status = ConsentStatuses.Signed, SignedAt = now };
                    order.Consent.Attempts[consentId] = attempt;
                    SignConsent(runtime, order, attempt.MaxAmount, now);
                    return HttpContextExtensions.Json(new DebitConsentStartView(
                        consentId, ConsentStatuses.Signed, attempt.MaxAmount, null, null, null, null, null, now), 201);
                }

                var session = new BankIdSession(order.Consumer, now);
                order.Consent.Attempts[consentId] = new ConsentAttempt(consentId, session, order.Amount);
                if (!order.Consent.IsSigned) order.Consent.Status = ConsentStatuses.Pending;
                return HttpContextExtensions.Json(new DebitConsentStartView(
                    consentId, ConsentStatuses.Pending, order.Amount, session.OrderRef, session.AutoStartToken,
                    session.QrStartToken, session.QrStartSecret, session.StartedAt, null), 201);
            }
        });

        api.MapGet("/orders/{orderId}/debitconsent/{consentId}", (HttpContext context, string orderId, string consentId) =>
        {
            var order = OrderLookup.Require(runtime, context, orderId);
            lock (order.Sync)
            {
                if (!order.Consent.Attempts.TryGetValue(consentId, out var attempt)) throw ApiErrors.NotFound("No such debit consent.");
                var now = runtime.Clock.Now();
                string? hintCode = null, qrData = null;
                if (attempt.Session is { } session)
                {
                    lock (session.Sync)
                    {
                        session.Advance(now, runtime.Options.BankIdPendingPolls, runtime.Options.BankIdTimeout);
                        hintCode = session.HintCode;
                        if (session.Status == BankIdStatus.Pending) qrData = session.QrData(now);
                        if (attempt.Status == ConsentStatuses.Pending) Settle(runtime, order, attempt, session.Status, now);
                    }
                }
                return HttpContextExtensions.Json(new DebitConsentStatusView(
                    attempt.Id, attempt.Status, hintCode, qrData, attempt.MaxAmount, attempt.SignedAt));
            }
        });
    }

    private static void Settle(SandboxRuntime runtime, Order order, ConsentAttempt attempt, BankIdStatus outcome, DateTimeOffset now)
    {
        if (outcome == BankIdStatus.Complete)
        {
            attempt.Status = ConsentStatuses.Signed;
            attempt.SignedAt = now;
            if (!order.Consent.IsSigned || order.Consent.MaxAmount < attempt.MaxAmount) SignConsent(runtime, order, attempt.MaxAmount, now);
        }
        else if (outcome == BankIdStatus.Failed)
        {
            attempt.Status = ConsentStatuses.Failed;
            var anotherPending = order.Consent.Attempts.Values.Any(a => a.Status == ConsentStatuses.Pending);
            if (!order.Consent.IsSigned && !anotherPending) order.Consent.Status = ConsentStatuses.Required;
        }
    }

    private static void SignConsent(SandboxRuntime runtime, Order order, long maxAmount, DateTimeOffset now)
    {
        order.Consent.Sign(maxAmount, now);
        order.UpdatedAt = now;
        runtime.Notifications.Notify(order, NotificationEvents.DebitConsentSigned);
    }
}
