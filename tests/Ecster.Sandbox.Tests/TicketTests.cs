using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

/// <summary>Identification tickets (docs §5): the answers against the contract's example, lifetimes and refusals.</summary>
public sealed class TicketTests : SandboxTest
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    protected override SandboxOptions Options() => new()
    {
        TimeProvider = _clock, TicketLifetime = TimeSpan.FromMinutes(10), InPersonTicketLifetime = TimeSpan.FromMinutes(20)
    };

    [Test]
    public async Task A_ticket_for_a_complete_eid_answers_the_documented_fields()
    {
        var eidId = await Flows.IdentifyAsync(Api, People.Anna);
        var response = await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Anna));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        var json = (JObject)response.Json;
        Assert.That(json.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "validTo", "consumer" }));
        var consumer = (JObject)json["consumer"]!;
        Assert.That(consumer.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "nationalId", "name", "address", "contactInfo" }));
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["id"], Is.Not.Empty);
            Assert.That(json["validTo"]!.ToObject<DateTimeOffset>(), Is.EqualTo(_clock.GetUtcNow().AddMinutes(10)), "inPerson false: the e-commerce lifetime");
            Assert.That((string?)consumer["nationalId"], Is.EqualTo("SE811218-9801"), "the example's form: SE + YYMMDD-NNNN");
            Assert.That((string?)consumer["name"]!["firstName"], Is.EqualTo("Anna"));
            Assert.That((string?)consumer["name"]!["lastName"], Is.EqualTo("Andersson"));
            Assert.That((string?)consumer["address"]!["line1"], Is.Not.Empty);
            Assert.That((string?)consumer["address"]!["city"], Is.Not.Empty);
            Assert.That((string?)consumer["address"]!["zip"], Is.Not.Empty);
            Assert.That((string?)consumer["address"]!["country"], Is.EqualTo("SE"));
            Assert.That((string?)consumer["contactInfo"]!["email"], Does.Contain("@"));
            Assert.That((string?)consumer["contactInfo"]!["cellular"]!["number"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task In_person_a_ticket_lives_the_in_person_lifetime()
    {
        var eidId = await Flows.IdentifyAsync(Api, People.Anna, "SE_BANKID");
        var response = await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Anna, inPerson: true, method: "SE_BANKID"));

        Assert.That(response.Json["validTo"]!.ToObject<DateTimeOffset>(), Is.EqualTo(_clock.GetUtcNow().AddMinutes(20)));
    }

    [Test]
    public async Task The_default_lifetimes_are_30_minutes_online_and_60_in_person()
    {
        var defaults = new SandboxOptions();
        Assert.That((defaults.TicketLifetime, defaults.InPersonTicketLifetime), Is.EqualTo((TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60))));
    }

    [Test]
    public async Task An_eid_gives_one_ticket_only_and_for_its_own_person_and_method()
    {
        var eidId = await Flows.IdentifyAsync(Api, People.Anna);

        (await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Fredrik))).ShouldBeError(HttpStatusCode.BadRequest, 4003);
        (await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Anna, method: "SE_BANKID"))).ShouldBeError(HttpStatusCode.BadRequest, 4003);
        Assert.That((await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Anna))).Status, Is.EqualTo(HttpStatusCode.Created));
        (await Api.PostAsync("identification/tickets", Flows.EidTicket(eidId, People.Anna))).ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task An_eid_that_is_not_complete_gives_no_ticket()
    {
        var start = await Api.PostAsync("identification/eid", new { type = "SE_BANKID_MOBILE", nationalId = "SE8112189801" });

        (await Api.PostAsync("identification/tickets", Flows.EidTicket((string)start.Json["id"]!, People.Anna))).ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task An_unknown_eid_is_404()
    {
        (await Api.PostAsync("identification/tickets", Flows.EidTicket("nope", People.Anna))).ShouldBeError(HttpStatusCode.NotFound, 4040);
    }

    [TestCase("PASSPORT")]
    [TestCase("DRIVERS_LICENSE")]
    [TestCase("ID_CARD")]
    public async Task A_document_checked_in_person_is_a_ticket_without_any_identification_call(string method)
    {
        var response = await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Anna, method, "12345678", 1, 2030));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        Assert.That(response.Json["validTo"]!.ToObject<DateTimeOffset>(), Is.EqualTo(_clock.GetUtcNow().AddMinutes(20)));
        Assert.That((string?)response.Json["consumer"]!["name"]!["firstName"], Is.EqualTo("Anna"));
    }

    [Test]
    public async Task A_document_without_in_person_is_refused()
    {
        (await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Anna, "PASSPORT", "P1", 1, 2030, inPerson: false)))
            .ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task A_document_is_valid_through_its_expiry_month_and_refused_after()
    {
        // The clock is in November 2026.
        Assert.That((await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Anna, "ID_CARD", "I1", 11, 2026))).Status,
            Is.EqualTo(HttpStatusCode.Created));
        (await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Anna, "ID_CARD", "I1", 10, 2026)))
            .ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task A_document_without_its_expiry_month_and_year_is_a_bad_request()
    {
        var body = new
        {
            identification = new { method = "PASSPORT", identifier = "P1" },
            locale = new { language = "sv", country = "SE" },
            nationalId = "SE811218-9801",
            inPerson = true
        };
        (await Api.PostAsync("identification/tickets", body)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task Eva_and_people_the_register_does_not_know_are_refused_by_document()
    {
        (await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Eva, "PASSPORT", "P1", 1, 2030)))
            .ShouldBeError(HttpStatusCode.BadRequest, 4003);
        (await Api.PostAsync("identification/tickets", Flows.DocumentTicket("19800101-0001", "PASSPORT", "P1", 1, 2030)))
            .ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [TestCase("SE8112189801")] // the eID start's form, not the ticket's
    [TestCase("811218-9801")] // no country
    [TestCase("SE811218-9802")] // wrong check digit
    public async Task Other_national_id_forms_are_rejected(string nationalId)
    {
        var body = new
        {
            identification = new { method = "PASSPORT", identifier = "P1", month = 1, year = 2030 },
            locale = new { language = "sv", country = "SE" },
            nationalId,
            inPerson = true
        };
        var response = await Api.PostAsync("identification/tickets", body);
        response.ShouldBeError(HttpStatusCode.BadRequest, 4001);
        Assert.That(response.Text, Does.Not.Contain(nationalId));
    }

    [Test]
    public async Task Locale_and_in_person_are_required()
    {
        var eidId = await Flows.IdentifyAsync(Api, People.Anna);
        (await Api.PostAsync("identification/tickets", new { identification = new { method = "SE_BANKID_MOBILE", identifier = eidId }, nationalId = "SE811218-9801", inPerson = false }))
            .ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Api.PostAsync("identification/tickets", new { identification = new { method = "SE_BANKID_MOBILE", identifier = eidId }, locale = new { language = "sv", country = "SE" }, nationalId = "SE811218-9801" }))
            .ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task An_expired_ticket_answers_4430_for_options_and_orders()
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
}
