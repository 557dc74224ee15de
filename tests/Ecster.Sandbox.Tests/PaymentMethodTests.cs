using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class PaymentMethodTests : SandboxTest
{
    private const string MethodsQuery = "paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=3000000&inPerson=false";

    [Test]
    public async Task Payment_methods_answer_the_contracts_example_shape()
    {
        var response = await Api.GetAsync(MethodsQuery);
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
        Assert.That(((JObject)response.Json).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "paymentMethods", "localizedInfo" }));
        var methods = (JArray)response.Json["paymentMethods"]!;
        Assert.That(methods.Select(m => (string?)m["name"]), Is.EqualTo(new[] { "INVOICE", "PARTPAYMENT" }));
        var invoice = (JObject)methods[0];
        Assert.Multiple(() =>
        {
            Assert.That(invoice.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "name", "description", "subMethods", "identificationMethods" }));
            Assert.That((string?)invoice["description"], Is.EqualTo("Betalning med faktura"));
            Assert.That(invoice["subMethods"]!.Values<string>(), Is.EqualTo(new[] { "INVOICE_SE_1" }));
            Assert.That(invoice["identificationMethods"]!.Values<string>(), Is.EqualTo(new[] { "SE_BANKID", "ZIP_CODE", "SE_BANKID_MOBILE" }));
            Assert.That(methods[1]["subMethods"]!.Values<string>(), Is.EqualTo(new[] { "PARTPAYMENT_SE_1" }));
        });
    }

    [Test]
    public async Task In_person_adds_the_physical_documents()
    {
        var response = await Api.GetAsync(MethodsQuery.Replace("inPerson=false", "inPerson=true"));
        Assert.That(response.Json["paymentMethods"]![0]!["identificationMethods"]!.Values<string>(),
            Is.SupersetOf(new[] { "PASSPORT", "DRIVERS_LICENSE", "ID_CARD" }));
    }

    [Test]
    public async Task Only_the_methods_that_take_the_amount_are_answered()
    {
        async Task<string?[]> Names(long amount) =>
            (await Api.GetAsync(MethodsQuery.Replace("amount=3000000", $"amount={amount}"))).Json["paymentMethods"]!.Select(m => (string?)m["name"]).ToArray();

        Assert.That(await Names(15_000), Is.EqualTo(new[] { "INVOICE" }));
        Assert.That(await Names(6_000_000), Is.EqualTo(new[] { "PARTPAYMENT" }));
    }

    [TestCase("paymentmethods")]
    [TestCase("paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&inPerson=false")]
    [TestCase("paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=300000")]
    public async Task A_missing_query_parameter_is_a_validation_error(string path)
    {
        var response = await Api.GetAsync(path);
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task Terms_answer_the_documented_fields_and_the_known_fee_ids()
    {
        var response = await Api.GetAsync("paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=PARTPAYMENT&amount=3000000&currency=SEK");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
        var json = (JObject)response.Json;
        Assert.Multiple(() =>
        {
            Assert.That(json.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "method", "submethod", "nationality", "localizedTerms" }));
            Assert.That((string?)json["method"], Is.EqualTo("PARTPAYMENT"));
            Assert.That((string?)json["submethod"], Is.EqualTo("PARTPAYMENT_SE_1"));
            Assert.That((string?)json["nationality"], Is.EqualTo("SE"));
            Assert.That(Flows.Term(json, "startFee"), Is.EqualTo("195"));
            Assert.That(Flows.Term(json, "adminFee"), Is.EqualTo("29"));
            Assert.That(Flows.Term(json, "months"), Is.EqualTo("24"));
            foreach (var term in (JArray)json["localizedTerms"]!)
                Assert.That(((JObject)term).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "id", "text", "value", "unit" }));
        });
    }

    [Test]
    public async Task The_terms_figures_for_the_requested_amount_follow_the_documented_formula()
    {
        var json = (JObject)(await Api.GetAsync("paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=PARTPAYMENT&amount=1000000&currency=SEK")).Json;
        var expected = IndependentCreditMath.Compute(1_000_000, int.Parse(Flows.Term(json, "months")!), Flows.TermHundredths(json, "interestRate"),
            Flows.TermOre(json, "startFee"), Flows.TermOre(json, "adminFee"), 0);

        Assert.Multiple(() =>
        {
            Assert.That(Flows.TermOre(json, "monthlyAmount"), Is.EqualTo(expected.MonthlyAmount));
            Assert.That(Flows.TermOre(json, "totalAmount"), Is.EqualTo(expected.TotalAmount));
            Assert.That(Flows.TermHundredths(json, "effectiveInterestRate"), Is.EqualTo(expected.EffectiveRate).Within(1));
        });
    }

    [Test]
    public async Task Invoice_terms_state_the_invoice_fee()
    {
        var json = (JObject)(await Api.GetAsync("paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=INVOICE&amount=100000&currency=SEK")).Json;
        Assert.That((string?)json["submethod"], Is.EqualTo("INVOICE_SE_1"));
        Assert.That(Flows.Term(json, "startFee"), Is.EqualTo("29"));
    }

    [Test]
    public async Task An_unknown_payment_method_is_a_validation_error()
    {
        var response = await Api.GetAsync("paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=ACCOUNT&amount=100000&currency=SEK");
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }
}
