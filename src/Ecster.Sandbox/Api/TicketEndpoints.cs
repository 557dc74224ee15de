using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>
/// docs §5: a ticket says how the consumer was identified. A complete eID gives one ticket for the person it was
/// started for; a physical document is no separate call but a ticket checked in person, refused (4003) otherwise.
/// </summary>
internal static class TicketEndpoints
{
    private static readonly string[] Documents = ["PASSPORT", "DRIVERS_LICENSE", "ID_CARD"];

    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/identification/tickets", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<TicketRequest>(context);
            var identification = request.Identification ?? throw ApiErrors.InvalidRequest("identification is required.");
            if (request.Locale is not { Language.Length: > 0, Country.Length: > 0 })
                throw ApiErrors.InvalidRequest("locale needs language and country.");
            if (request.InPerson is not { } inPerson) throw ApiErrors.InvalidRequest("inPerson is required.");
            if (string.IsNullOrWhiteSpace(identification.Identifier)) throw ApiErrors.InvalidRequest("identification.identifier is required.");
            var now = runtime.Clock.Now();
            var personalNumber = NationalIds.ForTicket(request.NationalId, now) ?? throw ApiErrors.InvalidPersonalNumber();

            var consumer = identification.Method switch
            {
                "SE_BANKID" or "SE_BANKID_MOBILE" => FromEid(runtime, identification, personalNumber),
                { } method when Documents.Contains(method) => FromDocument(identification, personalNumber, inPerson, now),
                _ => throw ApiErrors.InvalidRequest("identification.method is not one the sandbox supports."),
            };

            var lifetime = inPerson ? runtime.Options.InPersonTicketLifetime : runtime.Options.TicketLifetime;
            var ticket = new Ticket(Ids.New("tkt-"), consumer, inPerson, now + lifetime);
            runtime.Store.Tickets[ticket.Id] = ticket;
            return HttpContextExtensions.Json(new TicketView(ticket.Id, ticket.ExpiresAt, ConsumerView.Of(consumer)), 201);
        });
    }

    /// <summary>The ticket if it exists and lives: 4430 when unknown or too old.</summary>
    public static Ticket RequireLiving(SandboxRuntime runtime, string? ticketId)
    {
        if (string.IsNullOrWhiteSpace(ticketId)) throw ApiErrors.InvalidRequest("ticket is required.");
        if (!runtime.Store.Tickets.TryGetValue(ticketId, out var ticket)) throw ApiErrors.TicketInvalid("No such ticket.");
        if (ticket.HasExpired(runtime.Clock.Now())) throw ApiErrors.TicketInvalid("The ticket has expired; identify the consumer again.");
        return ticket;
    }

    private static TestConsumer FromEid(SandboxRuntime runtime, TicketIdentificationRequest identification, string personalNumber)
    {
        var order = IdentificationEndpoints.Find(runtime, identification.Identifier!);
        lock (order.Session.Sync)
        {
            if (order.Session.Status != BankIdStatus.Complete || order.Session.Signer is not { } signer)
                throw ApiErrors.IdentificationNotAllowed("The identification is not complete.");
            if (order.Type != identification.Method || order.PersonalNumber != personalNumber)
                throw ApiErrors.IdentificationNotAllowed("The identification was made for another method or person.");
            if (order.TicketIssued) throw ApiErrors.IdentificationNotAllowed("The identification has already given a ticket.");
            order.TicketIssued = true;
            return signer;
        }
    }

    private static TestConsumer FromDocument(TicketIdentificationRequest identification, string personalNumber, bool inPerson, DateTimeOffset now)
    {
        if (identification.Month is not (>= 1 and <= 12) || identification.Year is not (>= 1000 and <= 9999))
            throw ApiErrors.InvalidRequest("identification.month and identification.year are mandatory for a document.");
        if (!inPerson) throw ApiErrors.IdentificationNotAllowed("A document can only identify a consumer in person.");
        // Valid through the last day of its month: expired once that month is over.
        if ((identification.Year.Value, identification.Month.Value).CompareTo((now.Year, now.Month)) < 0)
            throw ApiErrors.IdentificationNotAllowed("The document has expired.");
        var person = TestConsumers.Find(personalNumber);
        if (person is null || person.Behaviour == ConsumerBehaviour.IdDocumentMismatch)
            throw ApiErrors.IdentificationNotAllowed("The document cannot identify this person.");
        return person;
    }
}
