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
    public async Task Greta_is_approved_and_identifies_with_her_ten_digit_form()
    {
        var start = await Api.PostAsync("identifications/bankid", new { personalNumber = "121212+9801", endUserIp = "127.0.0.1" });
        Assert.That(start.Status, Is.EqualTo(HttpStatusCode.Created), start.Text);
        var collect = await CollectUntilDoneAsync((string)start.Json["orderRef"]!);
        Assert.That((string?)collect.Json["status"], Is.EqualTo("COMPLETE"));
        Assert.That((string?)collect.Json["consumer"]!["personalNumber"], Is.EqualTo("191212129801"));
        Assert.That((string?)collect.Json["consumer"]!["firstName"], Is.EqualTo("Greta"));

        var ticket = await Flows.TicketAsync(Api, People.Greta);
        Assert.That((await Flows.OptionsAsync(Api, ticket, 100_000)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase(People.Cecilia, "userCancel")]
    [TestCase(People.David, "expiredTransaction")]
    public async Task BankID_fails_after_the_pending_polls(string personalNumber, string hintCode)
    {
        var start = await Api.PostAsync("identifications/bankid", new { personalNumber = People.Digits(personalNumber), endUserIp = "127.0.0.1" });
        var orderRef = (string)start.Json["orderRef"]!;
        for (var poll = 0; poll < Sandbox.Options.BankIdPendingPolls; poll++)
            Assert.That((string?)(await Api.GetAsync($"identifications/bankid/{orderRef}")).Json["status"], Is.EqualTo("PENDING"));

        var last = await Api.GetAsync($"identifications/bankid/{orderRef}");
        Assert.That((string?)last.Json["status"], Is.EqualTo("FAILED"));
        Assert.That((string?)last.Json["hintCode"], Is.EqualTo(hintCode));
        Assert.That(last.Json["identificationId"]!.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.Null));
    }

    [Test]
    public async Task Eva_identifies_by_BankID_but_her_ID_document_does_not_match()
    {
        await Flows.IdentifyAsync(Api, People.Eva);
        var response = await Api.PostAsync("identifications/iddocument", IdDocumentTests.Document(People.Eva, "Eva", "Ek"));
        response.ShouldBeError(HttpStatusCode.BadRequest, 4003);
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

    private async Task<ApiResponse> CollectUntilDoneAsync(string orderRef)
    {
        while (true)
        {
            var collect = await Api.GetAsync($"identifications/bankid/{orderRef}");
            if ((string?)collect.Json["status"] != "PENDING") return collect;
        }
    }
}
