using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class TicketAndPaymentOptionTests
{
    [Test]
    public async Task CreateTicket_posts_the_identification_id()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, """
            { "ticket": "tkt-1", "expiresAt": "2026-11-25T12:30:00+00:00",
              "consumer": { "firstName": "Anna", "lastName": "Andersson" } }
            """);
        var client = TestClients.Create(handler);

        var ticket = await client.CreateTicketAsync(new CreateTicketRequest { IdentificationId = "idn-1" });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/tickets");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "identificationId");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["identificationId"], Is.EqualTo("idn-1"));
            Assert.That(ticket.Ticket, Is.EqualTo("tkt-1"));
            Assert.That(ticket.ExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero)));
            Assert.That(ticket.Consumer!.FirstName, Is.EqualTo("Anna"));
            Assert.That(ticket.Consumer.PersonalNumber, Is.Null);
        });
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
