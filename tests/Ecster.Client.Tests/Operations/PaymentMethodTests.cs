using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

/// <summary>docs/ecster-api.md §2 and §3: GET calls with every parameter in the query, the answers as documented.</summary>
public class PaymentMethodTests
{
    [Test]
    public async Task GetPaymentMethods_sends_the_documented_query_without_a_body_and_reads_the_documented_answer()
    {
        // The answer is the example of Ecster's pre-checkout page, plus an unknown method and an unknown field.
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "paymentMethods": [
              { "name": "INVOICE", "description": "Betalning med faktura", "subMethods": ["INVOICE_SE_1"],
                "identificationMethods": ["SE_BANKID", "ZIP_CODE", "SE_BANKID_MOBILE"] },
              { "name": "PARTPAYMENT", "description": "Kontobetalning", "subMethods": ["PARTPAYMENT_SE_1"],
                "identificationMethods": ["SE_BANKID", "ZIP_CODE", "SE_BANKID_MOBILE"], "futureField": 1 },
              { "name": "NEW_KIND", "subMethods": [], "identificationMethods": ["FUTURE_EID"] } ],
              "localizedInfo": [] }
            """);
        var client = TestClients.Create(handler);

        var list = await client.GetPaymentMethodsAsync(new PaymentMethodsQuery { Amount = 30_000m, InPerson = false });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Get,
            "/rest/public/v1/paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=3000000&inPerson=false");
        RequestAssert.HasNoBody(request);
        var invoice = list.PaymentMethods[0];
        Assert.Multiple(() =>
        {
            Assert.That(list.PaymentMethods, Has.Count.EqualTo(3));
            Assert.That(invoice.Name, Is.EqualTo(PaymentMethodType.Invoice));
            Assert.That(invoice.Description, Is.EqualTo("Betalning med faktura"));
            Assert.That(invoice.SubMethods, Is.EqualTo(new[] { "INVOICE_SE_1" }));
            Assert.That(invoice.IdentificationMethods, Is.EqualTo(new[] { IdentificationMethod.BankId, IdentificationMethod.ZipCode, IdentificationMethod.MobileBankId }));
            Assert.That(list.PaymentMethods[1].Name, Is.EqualTo(PaymentMethodType.PartPayment));
            // Unknown enum values are kept, not rejected.
            Assert.That(list.PaymentMethods[2].Name, Is.EqualTo("NEW_KIND"));
            Assert.That(list.PaymentMethods[2].IdentificationMethods, Is.EqualTo(new[] { "FUTURE_EID" }));
            Assert.That(list.LocalizedInfo, Is.Empty);
        });
    }

    [Test]
    public async Task GetPaymentMethods_in_a_store_says_in_person_and_escapes_the_values()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var client = TestClients.Create(handler);

        await client.GetPaymentMethodsAsync(new PaymentMethodsQuery { Locale = "en SE", Amount = 12_499.50m, InPerson = true });

        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get,
            "/rest/public/v1/paymentmethods?locale=en%20SE&nationality=SE&currency=SEK&amount=1249950&inPerson=true");
    }

    [Test]
    public async Task GetPaymentMethodTerms_sends_the_documented_query_and_reads_the_localized_terms()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "method": "PARTPAYMENT", "submethod": "PARTPAYMENT_SE_1", "nationality": "SE",
              "localizedTerms": [
                { "id": "startFee", "text": "Uppläggningsavgift", "value": "395", "unit": "kr" },
                { "id": "adminFee", "text": "Administrativ avgift", "value": "29", "unit": "kr" },
                { "id": "interestRate", "text": "Ränta", "value": "19,95", "unit": "%" },
                { "id": "effectiveInterestRate", "text": "Effektiv ränta", "value": "25,57", "unit": "%" },
                { "id": "months", "text": "Antal månader", "value": "24", "unit": "mån" },
                { "id": "monthlyAmount", "text": "Månadsbelopp", "value": "1 568", "unit": "kr" },
                { "id": "totalAmount", "text": "Totalt belopp att betala", "value": "37\u00A0625,50", "unit": "kr" },
                { "id": "someFutureId", "text": "Nytt", "value": "x", "unit": "" } ] }
            """);
        var client = TestClients.Create(handler);

        var terms = await client.GetPaymentMethodTermsAsync(new PaymentMethodTermsQuery
        {
            PaymentMethod = PaymentMethodType.PartPayment,
            Amount = 30_000m
        });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Get,
            "/rest/public/v1/paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=PARTPAYMENT&amount=3000000&currency=SEK");
        RequestAssert.HasNoBody(request);
        Assert.Multiple(() =>
        {
            Assert.That(terms.Method, Is.EqualTo("PARTPAYMENT"));
            Assert.That(terms.Submethod, Is.EqualTo("PARTPAYMENT_SE_1"));
            Assert.That(terms.Nationality, Is.EqualTo("SE"));
            Assert.That(terms.LocalizedTerms, Has.Count.EqualTo(8));
            Assert.That(terms.LocalizedTerms[0].Text, Is.EqualTo("Uppläggningsavgift"));
            Assert.That(terms.LocalizedTerms[0].Unit, Is.EqualTo("kr"));
            Assert.That(terms.Figures.StartFee, Is.EqualTo(395m));
            Assert.That(terms.Figures.AdminFee, Is.EqualTo(29m));
            Assert.That(terms.Figures.NominalInterestRate, Is.EqualTo(19.95m));
            Assert.That(terms.Figures.EffectiveInterestRate, Is.EqualTo(25.57m));
            Assert.That(terms.Figures.Months, Is.EqualTo(24));
            Assert.That(terms.Figures.MonthlyAmount, Is.EqualTo(1568m));
            Assert.That(terms.Figures.TotalAmount, Is.EqualTo(37625.50m));
        });
    }

    [Test]
    public async Task Figures_Ecster_does_not_state_or_states_unreadably_are_zero_not_guessed()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """
            { "method": "INVOICE", "localizedTerms": [ { "id": "startFee", "text": "Fakturaavgift", "value": "ca 29", "unit": "kr" } ] }
            """);
        var client = TestClients.Create(handler);

        var terms = await client.GetPaymentMethodTermsAsync(new PaymentMethodTermsQuery { PaymentMethod = PaymentMethodType.Invoice, Amount = 100m });

        Assert.Multiple(() =>
        {
            Assert.That(terms.Figures.StartFee, Is.EqualTo(0m));
            Assert.That(terms.Figures.Months, Is.EqualTo(0));
            Assert.That(terms.LocalizedTerms.Number(LocalizedTermId.StartFee), Is.Null);
        });
    }
}
