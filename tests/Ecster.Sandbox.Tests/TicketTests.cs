using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class TicketTests : SandboxTest
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected override SandboxOptions Options() => new() { TimeProvider = _clock, TicketLifetime = TimeSpan.FromMinutes(10) };

    [Test]
    public async Task A_ticket_lives_the_configured_time_and_names_the_consumer()
    {
        var identificationId = await Flows.IdentifyAsync(Api, People.Anna);
        var response = await Api.PostAsync("tickets", new { identificationId });
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((string?)response.Json["ticket"], Does.StartWith("tkt-"));
        Assert.That(response.Json["expiresAt"]!.ToObject<DateTimeOffset>(), Is.EqualTo(_clock.GetUtcNow().AddMinutes(10)));
        Assert.That((string?)response.Json["consumer"]!["firstName"], Is.EqualTo("Anna"));
        Assert.That(response.Json["consumer"]!["personalNumber"], Is.Null, "a ticket shows the name only");
    }

    [Test]
    public async Task Asking_again_gives_the_same_ticket_while_it_lives_and_a_new_one_after()
    {
        var identificationId = await Flows.IdentifyAsync(Api, People.Anna);
        var first = (string)(await Api.PostAsync("tickets", new { identificationId })).Json["ticket"]!;
        var second = (string)(await Api.PostAsync("tickets", new { identificationId })).Json["ticket"]!;
        _clock.Advance(TimeSpan.FromMinutes(10));
        var third = (string)(await Api.PostAsync("tickets", new { identificationId })).Json["ticket"]!;

        Assert.That(second, Is.EqualTo(first));
        Assert.That(third, Is.Not.EqualTo(first));
    }

    [Test]
    public async Task An_expired_ticket_answers_TICKET_EXPIRED_for_options_and_orders()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        _clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var options = await Flows.OptionsAsync(Api, ticket, 100_000);
        var order = await Api.PostAsync("orders", new
        {
            orderReference = "r-1", ticket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_000),
        });

        options.ShouldBeError(HttpStatusCode.BadRequest, 4430);
        order.ShouldBeError(HttpStatusCode.BadRequest, 4430);
    }

    [Test]
    public async Task An_unknown_identification_is_404()
    {
        (await Api.PostAsync("tickets", new { identificationId = "idb-nope" })).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }
}
