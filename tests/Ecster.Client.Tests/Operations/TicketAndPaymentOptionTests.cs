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
    public async Task GetPaymentOptions_posts_the_amount_in_ore_and_maps_the_options()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "amount": 1249900, "currency": "SEK", "options": [
              { "id": "opt-1", "code": "PP12", "paymentMethod": "PART_PAYMENT", "description": "Delbetalning 12 månader",
                "months": 12, "monthlyAmount": 117950, "setupFee": 19500, "monthlyFee": 2900, "invoiceFee": 0,
                "nominalInterestRate": 1495, "effectiveInterestRate": 2341, "totalAmount": 1434900 } ] }
            """);
        var client = TestClients.Create(handler);

        var list = await client.GetPaymentOptionsAsync(new PaymentOptionsRequest
        {
            Ticket = "tkt-1",
            Amount = 12499.00m,
            Channel = Channel.Ecommerce
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/paymentoptions");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "ticket", "amount", "currency", "channel");
        var option = list.Options.Single();
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["ticket"], Is.EqualTo("tkt-1"));
            Assert.That(body["amount"]!.Type, Is.EqualTo(Newtonsoft.Json.Linq.JTokenType.Integer));
            Assert.That((long)body["amount"]!, Is.EqualTo(1249900));
            Assert.That((string?)body["currency"], Is.EqualTo("SEK"));
            Assert.That((string?)body["channel"], Is.EqualTo("ECOMMERCE"));
            Assert.That(list.Amount, Is.EqualTo(12499m));
            Assert.That(list.Currency, Is.EqualTo("SEK"));
            Assert.That(option.Id, Is.EqualTo("opt-1"));
            Assert.That(option.Code, Is.EqualTo("PP12"));
            Assert.That(option.PaymentMethod, Is.EqualTo("PART_PAYMENT"));
            Assert.That(option.Description, Is.EqualTo("Delbetalning 12 månader"));
            Assert.That(option.Months, Is.EqualTo(12));
            Assert.That(option.MonthlyAmount, Is.EqualTo(1179.50m));
            Assert.That(option.SetupFee, Is.EqualTo(195m));
            Assert.That(option.MonthlyFee, Is.EqualTo(29m));
            Assert.That(option.InvoiceFee, Is.EqualTo(0m));
            Assert.That(option.NominalInterestRate, Is.EqualTo(14.95m));
            Assert.That(option.EffectiveInterestRate, Is.EqualTo(23.41m));
            Assert.That(option.TotalAmount, Is.EqualTo(14349m));
        });
    }
}
