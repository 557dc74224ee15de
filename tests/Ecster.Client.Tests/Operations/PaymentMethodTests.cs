using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class PaymentMethodTests
{
    [Test]
    public async Task GetPaymentMethods_sends_a_get_and_maps_amounts_to_sek()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "paymentMethods": [
              { "type": "INVOICE", "name": "Faktura", "minAmount": 10000, "maxAmount": 3000000,
                "identificationMethods": ["BANKID", "MOBILE_BANKID", "ID_DOCUMENT"], "channels": ["ECOMMERCE", "STORE"] },
              { "type": "NEW_KIND", "name": "Nytt", "minAmount": 1, "maxAmount": 2, "identificationMethods": [], "channels": [] } ] }
            """);
        var client = TestClients.Create(handler);

        var list = await client.GetPaymentMethodsAsync();

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/paymentmethods");
        RequestAssert.HasNoBody(handler.Requests.Single());
        Assert.That(list.PaymentMethods, Has.Count.EqualTo(2));
        var invoice = list.PaymentMethods[0];
        Assert.Multiple(() =>
        {
            Assert.That(invoice.Type, Is.EqualTo(PaymentMethodType.Invoice));
            Assert.That(invoice.Name, Is.EqualTo("Faktura"));
            Assert.That(invoice.MinAmount, Is.EqualTo(100m));
            Assert.That(invoice.MaxAmount, Is.EqualTo(30000m));
            Assert.That(invoice.IdentificationMethods, Is.EqualTo(new[] { "BANKID", "MOBILE_BANKID", "ID_DOCUMENT" }));
            Assert.That(invoice.Channels, Is.EqualTo(new[] { "ECOMMERCE", "STORE" }));
            // Unknown enum values are kept, not rejected.
            Assert.That(list.PaymentMethods[1].Type, Is.EqualTo("NEW_KIND"));
            Assert.That(list.PaymentMethods[1].MinAmount, Is.EqualTo(0.01m));
        });
    }

    [Test]
    public async Task GetPaymentMethods_passes_the_channel_filter()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var client = TestClients.Create(handler);

        await client.GetPaymentMethodsAsync(Channel.Store);

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/paymentmethods?channel=STORE");
    }

    [Test]
    public async Task GetPaymentMethodTerms_maps_amounts_and_hundredths_of_percent()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "currency": "SEK", "validUntil": "2026-11-26T00:00:00+00:00", "termsUrl": "https://www.ecster.se/villkor",
              "terms": [
                { "code": "INV", "paymentMethod": "INVOICE", "description": "Faktura 30 dagar", "months": 1,
                  "nominalInterestRate": 0, "setupFee": 0, "monthlyFee": 0, "invoiceFee": 2900, "minAmount": 10000, "maxAmount": 3000000 },
                { "code": "PP12", "paymentMethod": "PART_PAYMENT", "description": "Delbetalning 12 månader", "months": 12,
                  "nominalInterestRate": 1495, "setupFee": 19500, "monthlyFee": 2900, "invoiceFee": 0, "minAmount": 50000, "maxAmount": 10000000 } ],
              "representativeExample": { "code": "PP24", "amount": 1000000, "months": 24, "nominalInterestRate": 1495,
                "effectiveInterestRate": 2431, "setupFee": 19500, "monthlyFee": 2900, "monthlyAmount": 52480, "totalAmount": 1259520 } }
            """);
        var client = TestClients.Create(handler);

        var terms = await client.GetPaymentMethodTermsAsync();

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/paymentmethods/terms");
        var pp12 = terms.Terms[1];
        var example = terms.RepresentativeExample!;
        Assert.Multiple(() =>
        {
            Assert.That(terms.Currency, Is.EqualTo("SEK"));
            Assert.That(terms.ValidUntil, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(terms.TermsUrl, Is.EqualTo("https://www.ecster.se/villkor"));
            Assert.That(terms.Terms[0].InvoiceFee, Is.EqualTo(29m));
            Assert.That(terms.Terms[0].Months, Is.EqualTo(1));
            Assert.That(pp12.Code, Is.EqualTo("PP12"));
            Assert.That(pp12.PaymentMethod, Is.EqualTo(PaymentMethodType.PartPayment));
            Assert.That(pp12.Description, Is.EqualTo("Delbetalning 12 månader"));
            Assert.That(pp12.Months, Is.EqualTo(12));
            Assert.That(pp12.NominalInterestRate, Is.EqualTo(14.95m));
            Assert.That(pp12.SetupFee, Is.EqualTo(195m));
            Assert.That(pp12.MonthlyFee, Is.EqualTo(29m));
            Assert.That(pp12.MinAmount, Is.EqualTo(500m));
            Assert.That(pp12.MaxAmount, Is.EqualTo(100000m));
            Assert.That(example.Code, Is.EqualTo("PP24"));
            Assert.That(example.Amount, Is.EqualTo(10000m));
            Assert.That(example.Months, Is.EqualTo(24));
            Assert.That(example.EffectiveInterestRate, Is.EqualTo(24.31m));
            Assert.That(example.MonthlyAmount, Is.EqualTo(524.80m));
            Assert.That(example.TotalAmount, Is.EqualTo(12595.20m));
        });
    }
}
