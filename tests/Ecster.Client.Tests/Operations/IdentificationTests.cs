using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

/// <summary>Electronic identification (docs §4) against the contract's examples, field by field.</summary>
public class IdentificationTests
{
    private const string StartAnswer = """
        { "id": "eYBtAD0wTZIzDWkVpGhe", "status": "OUTSTANDING_TRANSACTION",
          "startURL": "bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6", "pollTime": 5000 }
        """;

    [TestCase(IdentificationMethod.MobileBankId, "SE_BANKID_MOBILE")]
    [TestCase(IdentificationMethod.BankId, "SE_BANKID")]
    public async Task StartEid_posts_the_documented_body_and_reads_the_answer(string type, string wireType)
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, StartAnswer);
        var client = TestClients.Create(handler);

        var start = await client.StartEidAsync(new StartEidRequest { Type = type, NationalId = PersonalIdentityNumber.Parse("19530516-9756") });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/identification/eid");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "type", "nationalId");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["type"], Is.EqualTo(wireType));
            Assert.That((string?)body["nationalId"], Is.EqualTo("SE5305169756"), "the contract's example form");
            Assert.That(start.Id, Is.EqualTo("eYBtAD0wTZIzDWkVpGhe"));
            Assert.That(start.Status, Is.EqualTo(EidStatus.OutstandingTransaction));
            Assert.That(start.StartUrl, Is.EqualTo("bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6"));
            Assert.That(start.PollTime, Is.EqualTo(5000));
            Assert.That(start.IsPending, Is.True);
        });
    }

    [Test]
    public async Task StartEid_for_someone_aged_100_or_more_keeps_the_century_with_a_plus()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, StartAnswer);
        var client = TestClients.Create(handler);

        await client.StartEidAsync(new StartEidRequest { NationalId = PersonalIdentityNumber.Parse("19121212-9801") });

        Assert.That((string?)RequestAssert.JsonBody(handler.Requests.Single())["nationalId"], Is.EqualTo("SE121212+9801"));
    }

    [Test]
    public void StartEid_refuses_an_unset_personal_number_before_sending()
    {
        var handler = new FakeEcsterHandler();
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<ArgumentException>(() => client.StartEidAsync(new StartEidRequest()));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task CollectEid_gets_the_assumed_path_without_a_body_and_reads_complete()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "id": "eYBtAD0wTZIzDWkVpGhe", "status": "COMPLETE",
              "startURL": "bankid:///?autostarttoken=7c40b5c9-fa74-49cf-b98c-bfe651f9a7c6", "pollTime": 1500 }
            """);
        var client = TestClients.Create(handler);

        var eid = await client.CollectEidAsync("eYBtAD0wTZIzDWkVpGhe");

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Get, "/rest/public/v1/identification/eid/eYBtAD0wTZIzDWkVpGhe");
        RequestAssert.HasNoBody(request);
        Assert.Multiple(() =>
        {
            Assert.That(eid.Status, Is.EqualTo(EidStatus.Complete));
            Assert.That(eid.IsComplete, Is.True);
            Assert.That(eid.IsPending, Is.False);
            Assert.That(eid.PollTime, Is.EqualTo(1500));
        });
    }

    [Test]
    public async Task CollectEid_escapes_the_id_in_the_path()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "id": "a/b", "status": "NO_CLIENT" }""");
        var client = TestClients.Create(handler);

        await client.CollectEidAsync("a/b");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/identification/eid/a%2Fb");
    }

    [TestCase("OUTSTANDING_TRANSACTION", true)]
    [TestCase("NO_CLIENT", true)]
    [TestCase("STARTED", true)]
    [TestCase("USER_SIGN", true)]
    [TestCase("ALREADY_IN_PROGRESS", false)]
    [TestCase("USER_CANCEL", false)]
    [TestCase("EXPIRED_TRANSACTION", false)]
    [TestCase("SOMETHING_NEW", false)]
    public async Task CollectEid_keeps_every_status_as_sent_and_only_the_pending_ones_continue(string status, bool pending)
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, $$"""{ "id": "e1", "status": "{{status}}", "pollTime": 2000 }""");
        var client = TestClients.Create(handler);

        var eid = await client.CollectEidAsync("e1");

        Assert.Multiple(() =>
        {
            Assert.That(eid.Status, Is.EqualTo(status), "an unknown value is kept, not a failure");
            Assert.That(eid.IsPending, Is.EqualTo(pending));
            Assert.That(eid.IsComplete, Is.False);
        });
    }
}
