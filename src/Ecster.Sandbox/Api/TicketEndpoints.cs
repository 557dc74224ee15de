using Ecster.Sandbox.Domain;
using Ecster.Sandbox.Http;
using Ecster.Sandbox.Model;

namespace Ecster.Sandbox.Api;

/// <summary>docs §5: one living ticket per identification.</summary>
internal static class TicketEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxRuntime runtime)
    {
        api.MapPost("/tickets", async (HttpContext context) =>
        {
            var request = await SandboxJson.ReadBodyAsync<TicketRequest>(context);
            if (string.IsNullOrWhiteSpace(request.IdentificationId)) throw ApiErrors.InvalidRequest("identificationId is required.");
            if (!runtime.Store.Identifications.TryGetValue(request.IdentificationId, out var identification))
                throw ApiErrors.NotFound("No such identification.");

            Ticket ticket;
            lock (identification.Sync)
            {
                var now = runtime.Clock.Now();
                if (identification.CurrentTicket is { } current && !current.HasExpired(now))
                {
                    ticket = current;
                }
                else
                {
                    ticket = new Ticket(Ids.New("tkt-"), identification.Id, identification.Consumer, now + runtime.Options.TicketLifetime);
                    runtime.Store.Tickets[ticket.Id] = ticket;
                    identification.CurrentTicket = ticket;
                }
            }
            return HttpContextExtensions.Json(
                new TicketView(ticket.Id, ticket.ExpiresAt, new ConsumerView(ticket.Consumer.FirstName, ticket.Consumer.LastName)), 201);
        });
    }

    /// <summary>The ticket if it exists and lives: 404 when unknown, 422 TICKET_EXPIRED when too old.</summary>
    public static Ticket RequireLiving(SandboxRuntime runtime, string? ticketId)
    {
        if (string.IsNullOrWhiteSpace(ticketId)) throw ApiErrors.InvalidRequest("ticket is required.");
        if (!runtime.Store.Tickets.TryGetValue(ticketId, out var ticket)) throw ApiErrors.TicketInvalid("No such ticket.");
        if (ticket.HasExpired(runtime.Clock.Now())) throw ApiErrors.TicketInvalid("The ticket has expired; identify the consumer again.");
        return ticket;
    }
}
