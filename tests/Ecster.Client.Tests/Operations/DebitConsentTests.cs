using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class DebitConsentTests
{
    [Test]
    public async Task StartDebitConsent_by_bankid_posts_method_number_and_ip()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """
            { "consentId": "dc-1", "status": "PENDING", "maxAmount": 1249900, "orderRef": "or-1",
              "autoStartToken": "ast", "qrStartToken": "qst", "qrStartSecret": "qss", "startedAt": "2026-11-25T12:00:00+00:00" }
            """);
        var client = TestClients.Create(handler);

        var consent = await client.StartDebitConsentAsync("ECS-1", new StartDebitConsentRequest
        {
            Method = DebitConsentMethod.BankId,
            PersonalNumber = PersonalIdentityNumber.Parse(EcsterJsonSamples.Anna12),
            EndUserIp = "203.0.113.7"
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/orders/ECS-1/debitconsent");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "method", "personalNumber", "endUserIp");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["method"], Is.EqualTo("BANKID"));
            Assert.That((string?)body["personalNumber"], Is.EqualTo("198112189801"));
            Assert.That((string?)body["endUserIp"], Is.EqualTo("203.0.113.7"));
            Assert.That(consent.ConsentId, Is.EqualTo("dc-1"));
            Assert.That(consent.Status, Is.EqualTo(DebitConsentStatus.Pending));
            Assert.That(consent.MaxAmount, Is.EqualTo(12499m));
            Assert.That(consent.OrderRef, Is.EqualTo("or-1"));
            Assert.That(consent.AutoStartToken, Is.EqualTo("ast"));
            Assert.That(consent.QrStartToken, Is.EqualTo("qst"));
            Assert.That(consent.QrStartSecret, Is.EqualTo("qss"));
            Assert.That(consent.StartedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task StartDebitConsent_on_paper_posts_method_and_signer()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created,
            """{ "consentId": "dc-2", "status": "SIGNED", "maxAmount": 1249900 }""");
        var client = TestClients.Create(handler);

        var consent = await client.StartDebitConsentAsync("ECS-1", new StartDebitConsentRequest
        {
            Method = DebitConsentMethod.Paper,
            SignedBy = "staff-17"
        });

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        RequestAssert.HasFields(body, "method", "signedBy");
        Assert.That((string?)body["method"], Is.EqualTo("PAPER"));
        Assert.That((string?)body["signedBy"], Is.EqualTo("staff-17"));
        Assert.That(consent.Status, Is.EqualTo(DebitConsentStatus.Signed));
    }

    [Test]
    public async Task CollectDebitConsent_gets_the_consent()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "consentId": "dc-1", "status": "SIGNED", "hintCode": null, "qrData": null, "maxAmount": 1249900,
              "signedAt": "2026-11-25T12:01:00+00:00" }
            """);
        var client = TestClients.Create(handler);

        var consent = await client.CollectDebitConsentAsync("ECS-1", "dc-1");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/ECS-1/debitconsent/dc-1");
        Assert.That(consent.Status, Is.EqualTo(DebitConsentStatus.Signed));
        Assert.That(consent.SignedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 1, 0, TimeSpan.Zero)));
    }
}
