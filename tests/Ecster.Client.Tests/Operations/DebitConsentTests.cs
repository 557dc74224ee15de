using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Client.Tests.Operations;

/// <summary>docs §8: the debit consent is a DEBIT_CONSENT signature, started and collected like an eID.</summary>
public class DebitConsentTests
{
    [Test]
    public async Task StartDebitConsent_posts_the_body_of_the_contracts_example_and_reads_its_answer()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """
            { "id": "rSW0BZRvtwQ0ZZxj3jje", "status": "OUTSTANDING_TRANSACTION", "startURL": "bankid:///?autostarttoken=DUMMY-AUTOSTART", "pollTime": 5000 }
            """);
        var client = TestClients.Create(handler);

        var signature = await client.StartDebitConsentAsync("zburxHFw0xQmyOmVOrcq");

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/orders/zburxHFw0xQmyOmVOrcq/signatures");
        var body = RequestAssert.JsonBody(request);
        // Field by field as the example: the identifier is sent, as null.
        Assert.That(JToken.DeepEquals(body, JObject.Parse("""
            { "signatureType": "DEBIT_CONSENT", "identification": { "method": "SE_BANKID_MOBILE", "identifier": null } }
            """)), Is.True, body.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(signature.Id, Is.EqualTo("rSW0BZRvtwQ0ZZxj3jje"));
            Assert.That(signature.Status, Is.EqualTo(SignatureStatus.OutstandingTransaction));
            Assert.That(SignatureStatus.IsPending(signature.Status), Is.True);
            Assert.That(signature.StartUrl, Is.EqualTo("bankid:///?autostarttoken=DUMMY-AUTOSTART"));
            Assert.That(signature.PollTime, Is.EqualTo(5000));
        });
    }

    [Test]
    public async Task StartDebitConsent_can_ask_for_BankID_on_this_device()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """{ "id": "s", "status": "OUTSTANDING_TRANSACTION" }""");
        var client = TestClients.Create(handler);

        await client.StartDebitConsentAsync("o", IdentificationMethod.BankId);

        Assert.That((string?)RequestAssert.JsonBody(handler.Requests.Single())["identification"]!["method"], Is.EqualTo("SE_BANKID"));
    }

    [Test]
    public async Task CollectDebitConsent_gets_the_signature_without_a_body()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "id": "v5HjBADhxAcM4QnZR3wS", "status": "COMPLETE", "startURL": "...", "pollTime": 1500 }
            """);
        var client = TestClients.Create(handler);

        var signature = await client.CollectDebitConsentAsync("zburxHFw0xQmyOmVOrcq", "v5HjBADhxAcM4QnZR3wS");

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Get, "/rest/public/v1/orders/zburxHFw0xQmyOmVOrcq/signatures/v5HjBADhxAcM4QnZR3wS");
        RequestAssert.HasNoBody(request);
        Assert.That(SignatureStatus.IsComplete(signature.Status), Is.True);
        Assert.That(signature.PollTime, Is.EqualTo(1500));
    }

    [Test]
    public async Task An_unknown_signature_status_is_kept_and_is_neither_pending_nor_complete()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "id": "s", "status": "SOMETHING_NEW" }""");
        var client = TestClients.Create(handler);

        var signature = await client.CollectDebitConsentAsync("o", "s");

        Assert.That(signature.Status, Is.EqualTo("SOMETHING_NEW"));
        Assert.That(SignatureStatus.IsPending(signature.Status), Is.False);
        Assert.That(SignatureStatus.IsComplete(signature.Status), Is.False);
    }
}
