using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

/// <summary>Each consumer of docs §11 behaves as the table says.</summary>
public sealed class TestConsumerTests : SandboxTest
{
    [Test]
    public async Task Anna_is_approved_up_to_200_000_kr()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        Assert.That((await Flows.OptionsAsync(Api, ticket, 10_000_000)).Status, Is.EqualTo(HttpStatusCode.OK));
        (await Flows.OptionsAsync(Api, ticket, 20_000_001)).ShouldBeError(HttpStatusCode.BadRequest, 4501);
    }

    [Test]
    public async Task Bertil_is_declined()
    {
        var ticket = await Flows.TicketAsync(Api, People.Bertil);
        (await Flows.OptionsAsync(Api, ticket, 100_000)).ShouldBeError(HttpStatusCode.BadRequest, 4500);
    }

    [Test]
    public async Task Fredrik_is_approved_up_to_5_000_kr()
    {
        var ticket = await Flows.TicketAsync(Api, People.Fredrik);
        Assert.That((await Flows.OptionsAsync(Api, ticket, 500_000)).Status, Is.EqualTo(HttpStatusCode.OK));
        (await Flows.OptionsAsync(Api, ticket, 500_001)).ShouldBeError(HttpStatusCode.BadRequest, 4501);
    }

    [Test]
    public async Task Greta_is_approved_and_identifies_with_her_plus_form()
    {
        var ticket = await Api.PostAsync("identification/tickets", Flows.EidTicket(await Flows.IdentifyAsync(Api, People.Greta), People.Greta));

        Assert.That((string?)ticket.Json["consumer"]!["nationalId"], Is.EqualTo("SE121212+9801"));
        Assert.That((string?)ticket.Json["consumer"]!["name"]!["firstName"], Is.EqualTo("Greta"));
        Assert.That((await Flows.OptionsAsync(Api, (string)ticket.Json["id"]!, 100_000)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Eva_identifies_by_BankID_but_her_document_is_refused()
    {
        Assert.That(await Flows.TicketAsync(Api, People.Eva), Is.Not.Empty);
        (await Api.PostAsync("identification/tickets", Flows.DocumentTicket(People.Eva, "DRIVERS_LICENSE", "D1", 1, 2099)))
            .ShouldBeError(HttpStatusCode.BadRequest, 4003);
    }

    [Test]
    public async Task The_home_page_lists_every_test_consumer()
    {
        var page = await Api.GetAsync("/");
        Assert.That(page.Header("Content-Type"), Does.StartWith("text/html"));
        foreach (var (number, name) in new[]
                 {
                     (People.Anna, "Anna Andersson"), (People.Bertil, "Bertil Berg"), (People.Cecilia, "Cecilia Carlsson"),
                     (People.David, "David Dahl"), (People.Eva, "Eva Ek"), (People.Fredrik, "Fredrik Falk"), (People.Greta, "Greta Gran"),
                 })
        {
            Assert.That(page.Text, Does.Contain(number).And.Contain(name));
        }
    }
}
