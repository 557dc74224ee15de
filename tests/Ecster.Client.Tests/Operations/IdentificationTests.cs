using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class IdentificationTests
{
    [Test]
    public async Task StartBankId_posts_the_wire_personal_number_and_maps_the_tokens()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """
            { "orderRef": "5f0a", "autoStartToken": "7c40", "qrStartToken": "67df",
              "qrStartSecret": "d28d", "startedAt": "2026-11-25T12:00:00+00:00" }
            """);
        var client = TestClients.Create(handler);

        var start = await client.StartBankIdIdentificationAsync(new StartBankIdIdentificationRequest
        {
            PersonalNumber = PersonalIdentityNumber.Parse("19811218-9801"),
            EndUserIp = "203.0.113.7",
            Device = BankIdDevice.OtherDevice
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/identifications/bankid");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "personalNumber", "endUserIp", "device");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["personalNumber"], Is.EqualTo("198112189801"));
            Assert.That((string?)body["endUserIp"], Is.EqualTo("203.0.113.7"));
            Assert.That((string?)body["device"], Is.EqualTo("OTHER_DEVICE"));
            Assert.That(start.OrderRef, Is.EqualTo("5f0a"));
            Assert.That(start.AutoStartToken, Is.EqualTo("7c40"));
            Assert.That(start.QrStartToken, Is.EqualTo("67df"));
            Assert.That(start.QrStartSecret, Is.EqualTo("d28d"));
            Assert.That(start.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task StartBankId_for_a_qr_code_leaves_the_personal_number_out()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """{ "orderRef": "5f0a" }""");
        var client = TestClients.Create(handler);

        await client.StartBankIdIdentificationAsync(new StartBankIdIdentificationRequest
        {
            EndUserIp = "203.0.113.7",
            Device = BankIdDevice.SameDevice
        });

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        RequestAssert.HasFields(body, "endUserIp", "device");
        Assert.That((string?)body["device"], Is.EqualTo("SAME_DEVICE"));
    }

    [Test]
    public async Task CollectBankId_maps_a_pending_answer()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "orderRef": "5f0a", "status": "PENDING", "hintCode": "outstandingTransaction",
              "qrData": "bankid.67df.3.6f1c", "identificationId": null, "consumer": null }
            """);
        var client = TestClients.Create(handler);

        var status = await client.CollectBankIdIdentificationAsync("5f0a");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/identifications/bankid/5f0a");
        Assert.Multiple(() =>
        {
            Assert.That(status.OrderRef, Is.EqualTo("5f0a"));
            Assert.That(status.Status, Is.EqualTo(IdentificationStatus.Pending));
            Assert.That(status.HintCode, Is.EqualTo("outstandingTransaction"));
            Assert.That(status.QrData, Is.EqualTo("bankid.67df.3.6f1c"));
            Assert.That(status.IdentificationId, Is.Null);
            Assert.That(status.Consumer, Is.Null);
        });
    }

    [Test]
    public async Task CollectBankId_maps_the_consumer_with_a_masked_personal_number()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "orderRef": "5f0a", "status": "COMPLETE", "identificationId": "idn-1",
              "consumer": { "firstName": "Anna", "lastName": "Andersson", "personalNumber": "198112189801" } }
            """);
        var client = TestClients.Create(handler);

        var status = await client.CollectBankIdIdentificationAsync("5f0a");

        var consumer = status.Consumer!;
        Assert.Multiple(() =>
        {
            Assert.That(status.Status, Is.EqualTo(IdentificationStatus.Complete));
            Assert.That(status.IdentificationId, Is.EqualTo("idn-1"));
            Assert.That(consumer.FirstName, Is.EqualTo("Anna"));
            Assert.That(consumer.LastName, Is.EqualTo("Andersson"));
            Assert.That(consumer.PersonalNumber!.Value.ToWireFormat(), Is.EqualTo("198112189801"));
            Assert.That(consumer.PersonalNumber.Value.ToString(), Is.EqualTo("19811218-****"));
        });
    }

    [Test]
    public async Task CollectBankId_escapes_the_order_ref_in_the_path()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "status": "PENDING" }""");
        var client = TestClients.Create(handler);

        await client.CollectBankIdIdentificationAsync("a/b c");

        Assert.That(handler.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/rest/public/v1/identifications/bankid/a%2Fb%20c"));
    }

    [Test]
    public async Task CancelBankId_sends_a_delete_and_accepts_204()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.NoContent);
        var client = TestClients.Create(handler);

        await client.CancelBankIdIdentificationAsync("5f0a");

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Delete, "/rest/public/v1/identifications/bankid/5f0a");
        RequestAssert.HasNoBody(handler.Requests.Single());
    }

    [Test]
    public async Task IdentifyByIdDocument_posts_every_documented_field()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """
            { "identificationId": "idd-1", "status": "COMPLETE",
              "consumer": { "firstName": "Anna", "lastName": "Andersson", "personalNumber": "198112189801" } }
            """);
        var client = TestClients.Create(handler);

        var identification = await client.IdentifyByIdDocumentAsync(new IdentifyByIdDocumentRequest
        {
            PersonalNumber = PersonalIdentityNumber.Parse("811218-9801"),
            FirstName = "Anna",
            LastName = "Andersson",
            Document = new IdDocument
            {
                Type = IdDocumentType.DriversLicence,
                Number = "12345678",
                ExpiryDate = new DateOnly(2030, 1, 31),
                IssuingCountry = "SE"
            },
            VerifiedBy = "staff-17"
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/identifications/iddocument");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "personalNumber", "firstName", "lastName", "document", "verifiedBy");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["personalNumber"], Is.EqualTo("198112189801"));
            Assert.That((string?)body["firstName"], Is.EqualTo("Anna"));
            Assert.That((string?)body["lastName"], Is.EqualTo("Andersson"));
            Assert.That((string?)body["document"]!["type"], Is.EqualTo("DRIVERS_LICENCE"));
            Assert.That((string?)body["document"]!["number"], Is.EqualTo("12345678"));
            Assert.That((string?)body["document"]!["expiryDate"], Is.EqualTo("2030-01-31"));
            Assert.That((string?)body["document"]!["issuingCountry"], Is.EqualTo("SE"));
            Assert.That((string?)body["verifiedBy"], Is.EqualTo("staff-17"));
            Assert.That(identification.IdentificationId, Is.EqualTo("idd-1"));
            Assert.That(identification.Status, Is.EqualTo(IdentificationStatus.Complete));
            Assert.That(identification.Consumer!.PersonalNumber!.Value.ToWireFormat(), Is.EqualTo("198112189801"));
        });
    }

    [Test]
    public void IdentifyByIdDocument_refuses_an_unset_personal_number_before_sending()
    {
        var handler = new FakeEcsterHandler();
        var client = TestClients.Create(handler);

        Assert.ThrowsAsync<ArgumentException>(() => client.IdentifyByIdDocumentAsync(new IdentifyByIdDocumentRequest()));
        Assert.That(handler.Requests, Is.Empty);
    }
}
