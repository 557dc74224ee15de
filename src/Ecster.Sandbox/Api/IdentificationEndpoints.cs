using System.Globalization;
using System.Net;
using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §4: BankID start/collect/cancel and the physical ID document.</summary>
internal static class IdentificationEndpoints
{
    private static readonly string[] DocumentTypes = ["DRIVERS_LICENCE", "PASSPORT", "NATIONAL_ID_CARD"];

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/identifications/bankid", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<BankIdStartRequest>(context);
            ValidateEndUserIp(request.EndUserIp);
            if (request.Device is not (null or "SAME_DEVICE" or "OTHER_DEVICE"))
                throw ApiErrors.InvalidRequest("device must be SAME_DEVICE or OTHER_DEVICE.");
            TestConsumer? signer;
            if (request.PersonalNumber is null)
            {
                signer = TestConsumers.QrCodeDefault;
            }
            else
            {
                var personalNumber = PersonalNumber.Normalize(request.PersonalNumber, runtime.Clock.Now()) ?? throw ApiErrors.InvalidPersonalNumber();
                signer = TestConsumers.Find(personalNumber);
            }

            var session = new BankIdSession(signer, runtime.Clock.Now());
            runtime.Store.BankIdSessions[session.OrderRef] = session;
            return HttpContextExtensions.Json(
                new BankIdStartView(session.OrderRef, session.AutoStartToken, session.QrStartToken, session.QrStartSecret, session.StartedAt), 201);
        });

        api.MapGet("/identifications/bankid/{orderRef}", (string orderRef) =>
        {
            var session = FindSession(runtime, orderRef);
            lock (session.Sync)
            {
                var now = runtime.Clock.Now();
                session.Advance(now, runtime.Options.BankIdPendingPolls, runtime.Options.BankIdTimeout);
                ConsumerView? consumer = null;
                if (session.Status == BankIdStatus.Complete)
                {
                    var signer = session.Signer!;
                    if (session.ResultId is null)
                    {
                        var identification = new Identification(Ids.New("idb-"), signer, now);
                        runtime.Store.Identifications[identification.Id] = identification;
                        session.ResultId = identification.Id;
                    }
                    consumer = new ConsumerView(signer.FirstName, signer.LastName, signer.PersonalNumber);
                }
                var qrData = session.Status == BankIdStatus.Pending ? session.QrData(now) : null;
                return HttpContextExtensions.Json(new BankIdCollectView(
                    session.OrderRef, BankIdSession.StatusText(session.Status), session.HintCode, qrData, session.ResultId, consumer));
            }
        });

        api.MapDelete("/identifications/bankid/{orderRef}", (string orderRef) =>
        {
            var session = FindSession(runtime, orderRef);
            lock (session.Sync)
            {
                if (!session.Cancel()) throw ApiErrors.NotFound("The BankID order is already finished.");
            }
            return Results.NoContent();
        });

        api.MapPost("/identifications/iddocument", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<IdDocumentRequest>(context);
            var now = runtime.Clock.Now();
            var personalNumber = PersonalNumber.Normalize(request.PersonalNumber, now) ?? throw ApiErrors.InvalidPersonalNumber();
            ValidateDocument(request, now);

            var person = TestConsumers.Find(personalNumber);
            if (person is null
                || person.Behaviour == ConsumerBehaviour.IdDocumentMismatch
                || !SameName(person.FirstName, request.FirstName)
                || !SameName(person.LastName, request.LastName))
            {
                throw ApiErrors.IdentificationNotAllowed("The document details do not match the population register.");
            }

            var identification = new Identification(Ids.New("idd-"), person, now);
            runtime.Store.Identifications[identification.Id] = identification;
            return HttpContextExtensions.Json(new IdDocumentIdentificationView(
                identification.Id, "COMPLETE", new ConsumerView(person.FirstName, person.LastName, person.PersonalNumber)), 201);
        });
    }

    private static BankIdSession FindSession(SandboxRuntime runtime, string orderRef) =>
        runtime.Store.BankIdSessions.TryGetValue(orderRef, out var session)
            ? session
            : throw ApiErrors.NotFound("No such BankID order.");

    private static void ValidateEndUserIp(string? endUserIp)
    {
        if (string.IsNullOrWhiteSpace(endUserIp) || !IPAddress.TryParse(endUserIp, out _))
            throw ApiErrors.InvalidRequest("endUserIp must be the consumer's IP address.");
    }

    private static void ValidateDocument(IdDocumentRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.FirstName) || string.IsNullOrWhiteSpace(request.LastName))
            throw ApiErrors.InvalidRequest("firstName and lastName are required.");
        if (string.IsNullOrWhiteSpace(request.VerifiedBy)) throw ApiErrors.InvalidRequest("verifiedBy is required.");
        var document = request.Document ?? throw ApiErrors.InvalidRequest("document is required.");
        if (document.Type is null || !DocumentTypes.Contains(document.Type))
            throw ApiErrors.InvalidRequest("document.type must be DRIVERS_LICENCE, PASSPORT or NATIONAL_ID_CARD.");
        if (string.IsNullOrWhiteSpace(document.Number)) throw ApiErrors.InvalidRequest("document.number is required.");
        if (document.IssuingCountry is not { Length: 2 }) throw ApiErrors.InvalidRequest("document.issuingCountry must be a two-letter country code.");
        if (!DateOnly.TryParseExact(document.ExpiryDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry))
            throw ApiErrors.InvalidRequest("document.expiryDate must be a date (yyyy-MM-dd).");
        if (expiry < DateOnly.FromDateTime(now.UtcDateTime)) throw ApiErrors.InvalidRequest("The identity document has expired.");
    }

    private static bool SameName(string registered, string? given) =>
        string.Equals(registered, given?.Trim(), StringComparison.InvariantCultureIgnoreCase);
}
