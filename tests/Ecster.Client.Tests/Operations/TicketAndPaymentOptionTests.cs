using Newtonsoft.Json.Linq;
using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class TicketAndPaymentOptionTests
{
    private const string TicketAnswer = """
        {
          "id": "eYBtAD0wTZIzDWkVpGhe",
          "validTo": "2018-04-18T11:06:16+02:00",
          "consumer": {
            "nationalId": "SE530516-9756",
            "name": { "firstName": "Algot", "lastName": "Henriksson" },
            "address": { "line1": "Alsike, Årby", "city": "Västerås", "zip": "724 62", "country": "SE" },
            "contactInfo": { "email": "algot@testson.com", "cellular": { "number": "070-1111111" }, "phone": { "number": "018-111111" } }
          }
        }
        """;

    private static readonly PersonalIdentityNumber Algot = PersonalIdentityNumber.Parse("19530516-9756");

    [Test]
    public async Task CreateTicket_for_an_eid_posts_the_contracts_example_field_by_field()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, TicketAnswer);
        var client = TestClients.Create(handler);

        await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.MobileBankId, "eYBtAD0wTZIzDWkVpGhe", Algot,
            new TicketLocale { Language = "sv", Country = "SE" }));

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/identification/tickets");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "identification", "locale", "nationalId", "inPerson");
        var identification = (JObject)body["identification"]!;
        var locale = (JObject)body["locale"]!;
        RequestAssert.HasFields(identification, "method", "identifier");
        RequestAssert.HasFields(locale, "language", "country");
        Assert.Multiple(() =>
        {
            Assert.That((string?)identification["method"], Is.EqualTo("SE_BANKID_MOBILE"));
            Assert.That((string?)identification["identifier"], Is.EqualTo("eYBtAD0wTZIzDWkVpGhe"));
            Assert.That((string?)locale["language"], Is.EqualTo("sv"));
            Assert.That((string?)locale["country"], Is.EqualTo("SE"));
            Assert.That((string?)body["nationalId"], Is.EqualTo("SE530516-9756"), "the contract's example form");
            Assert.That(body["inPerson"]!.Type, Is.EqualTo(JTokenType.Boolean));
            Assert.That((bool)body["inPerson"]!, Is.False);
        });
    }

    [TestCase(IdentificationMethod.DriversLicense, "DRIVERS_LICENSE")]
    [TestCase(IdentificationMethod.Passport, "PASSPORT")]
    [TestCase(IdentificationMethod.IdCard, "ID_CARD")]
    public async Task CreateTicket_for_a_document_posts_its_number_expiry_and_in_person(string method, string wireMethod)
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, TicketAnswer);
        var client = TestClients.Create(handler);

        await client.CreateTicketAsync(CreateTicketRequest.ForDocument(method, "12345678", 1, 2030, Algot));

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        var identification = (JObject)body["identification"]!;
        RequestAssert.HasFields(identification, "method", "identifier", "month", "year");
        Assert.Multiple(() =>
        {
            Assert.That((string?)identification["method"], Is.EqualTo(wireMethod));
            Assert.That((string?)identification["identifier"], Is.EqualTo("12345678"));
            Assert.That(identification["month"]!.Type, Is.EqualTo(JTokenType.Integer));
            Assert.That((int)identification["month"]!, Is.EqualTo(1));
            Assert.That((int)identification["year"]!, Is.EqualTo(2030));
            Assert.That((string?)body["nationalId"], Is.EqualTo("SE530516-9756"));
            Assert.That((bool)body["inPerson"]!, Is.True);
            Assert.That((string?)body["locale"]!["language"], Is.EqualTo("sv"));
        });
    }

    [Test]
    public void CreateTicket_refuses_a_document_without_in_person_or_expiry_before_sending()
    {
        var handler = new FakeEcsterHandler();
        var client = TestClients.Create(handler);
        var notInPerson = CreateTicketRequest.ForDocument(IdentificationMethod.Passport, "P1", 1, 2030, Algot);
        notInPerson.InPerson = false;
        var noExpiry = CreateTicketRequest.ForDocument(IdentificationMethod.IdCard, "I1", 1, 2030, Algot);
        noExpiry.Identification.Month = null;

        Assert.ThrowsAsync<ArgumentException>(() => client.CreateTicketAsync(notInPerson));
        Assert.ThrowsAsync<ArgumentException>(() => client.CreateTicketAsync(noExpiry));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task CreateTicket_reads_the_contracts_answer_with_a_masked_national_id()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, TicketAnswer);
        var client = TestClients.Create(handler);

        var ticket = await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.BankId, "e", Algot));

        var consumer = ticket.Consumer!;
        Assert.Multiple(() =>
        {
            Assert.That(ticket.Id, Is.EqualTo("eYBtAD0wTZIzDWkVpGhe"));
            Assert.That(ticket.ValidTo, Is.EqualTo(new DateTimeOffset(2018, 4, 18, 11, 6, 16, TimeSpan.FromHours(2))));
            Assert.That(consumer.NationalId, Is.EqualTo(Algot));
            Assert.That(consumer.NationalId.ToString(), Is.EqualTo("19530516-****"));
            Assert.That(consumer.Name!.FirstName, Is.EqualTo("Algot"));
            Assert.That(consumer.Name.LastName, Is.EqualTo("Henriksson"));
            Assert.That(consumer.Address!.Line1, Is.EqualTo("Alsike, Årby"));
            Assert.That(consumer.Address.City, Is.EqualTo("Västerås"));
            Assert.That(consumer.Address.Zip, Is.EqualTo("724 62"));
            Assert.That(consumer.Address.Country, Is.EqualTo("SE"));
            Assert.That(consumer.ContactInfo!.Email, Is.EqualTo("algot@testson.com"));
            Assert.That(consumer.ContactInfo.Cellular!.Number, Is.EqualTo("070-1111111"));
            Assert.That(consumer.ContactInfo.Phone!.Number, Is.EqualTo("018-111111"));
        });
    }

    [Test]
    public async Task CreateTicket_with_a_consumer_aged_100_or_more_sends_the_plus_separator()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """{ "id": "t" }""");
        var client = TestClients.Create(handler);

        await client.CreateTicketAsync(CreateTicketRequest.ForEid(IdentificationMethod.BankId, "e", PersonalIdentityNumber.Parse("19121212-9801")));

        Assert.That((string?)RequestAssert.JsonBody(handler.Requests.Single())["nationalId"], Is.EqualTo("SE121212+9801"));
    }

    [Test]
    public async Task GetPaymentOptions_sends_the_documented_query_without_a_body_and_reads_the_options()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "paymentOptions": [
              { "id": "po-1", "paymentMethod": "PARTPAYMENT", "paymentSubmethod": "PARTPAYMENT_SE_1", "name": "Delbetalning 12 månader",
                "allowAlternateRecipient": true, "localizedTerms": [
                  { "id": "startFee", "text": "Uppläggningsavgift", "value": "195", "unit": "kr" },
                  { "id": "adminFee", "text": "Administrativ avgift", "value": "29", "unit": "kr" },
                  { "id": "interestRate", "text": "Ränta", "value": "14,95", "unit": "%" },
                  { "id": "effectiveInterestRate", "text": "Effektiv ränta", "value": "23,41", "unit": "%" },
                  { "id": "months", "text": "Antal månader", "value": "12", "unit": "mån" },
                  { "id": "monthlyAmount", "text": "Månadsbelopp", "value": "1 179,50", "unit": "kr" },
                  { "id": "totalAmount", "text": "Totalt", "value": "14 349", "unit": "kr" } ] },
              { "id": "po-2", "paymentMethod": "INVOICE", "paymentSubmethod": "INVOICE_SE_1", "name": "Faktura",
                "allowAlternateRecipient": false, "localizedTerms": [ { "id": "startFee", "text": "Fakturaavgift", "value": "29", "unit": "kr" } ] },
              { "id": "po-3", "paymentMethod": "FUTURE_METHOD", "futureField": [1, 2] } ] }
            """);
        var client = TestClients.Create(handler);

        var list = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest { Ticket = "eYBtAD0wTZIzDWkVpGhe", Amount = 3000.00m });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Get,
            "/rest/public/v1/paymentoptions/?ticket=eYBtAD0wTZIzDWkVpGhe&amount=300000&currency=SEK&invoiceFee=0");
        RequestAssert.HasNoBody(request);
        var option = list.Options[0];
        var invoice = list.Options[1];
        Assert.Multiple(() =>
        {
            Assert.That(list.Options, Has.Count.EqualTo(3));
            Assert.That(option.Id, Is.EqualTo("po-1"));
            Assert.That(option.PaymentMethod, Is.EqualTo(PaymentMethodType.PartPayment));
            Assert.That(option.PaymentSubmethod, Is.EqualTo("PARTPAYMENT_SE_1"));
            Assert.That(option.Name, Is.EqualTo("Delbetalning 12 månader"));
            Assert.That(option.AllowAlternateRecipient, Is.True);
            Assert.That(option.Months, Is.EqualTo(12));
            Assert.That(option.MonthlyAmount, Is.EqualTo(1179.50m));
            Assert.That(option.SetupFee, Is.EqualTo(195m));
            Assert.That(option.MonthlyFee, Is.EqualTo(29m));
            Assert.That(option.InvoiceFee, Is.EqualTo(0m));
            Assert.That(option.NominalInterestRate, Is.EqualTo(14.95m));
            Assert.That(option.EffectiveInterestRate, Is.EqualTo(23.41m));
            Assert.That(option.TotalAmount, Is.EqualTo(14349m));
            Assert.That(invoice.InvoiceFee, Is.EqualTo(29m), "an invoice's start fee is its invoice fee");
            Assert.That(invoice.SetupFee, Is.EqualTo(0m));
            Assert.That(invoice.AllowAlternateRecipient, Is.False);
            Assert.That(list.Options[2].PaymentMethod, Is.EqualTo("FUTURE_METHOD"), "unknown values are kept");
        });
    }

    [Test]
    public async Task GetPaymentOptions_sends_the_invoice_fee_and_the_available_credit_in_ore()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "paymentOptions": [] }""");
        var client = TestClients.Create(handler);

        await client.GetPaymentOptionsAsync(new PaymentOptionsRequest
        {
            Ticket = "t 1", Amount = 12_499m, InvoiceFee = 29m, AvailableCredit = 50_000.5m
        });

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get,
            "/rest/public/v1/paymentoptions/?ticket=t%201&amount=1249900&currency=SEK&invoiceFee=2900&availableCredit=5000050");
    }
}
