using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class PaymentMethodTests : SandboxTest
{
    [Test]
    public async Task Payment_methods_have_the_documented_shape()
    {
        var response = await Api.GetAsync("paymentmethods");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
        var methods = (JArray)response.Json["paymentMethods"]!;
        Assert.That(methods.Select(m => (string?)m["type"]), Is.EqualTo(new[] { "INVOICE", "PART_PAYMENT", "ACCOUNT" }));
        var invoice = methods[0];
        Assert.Multiple(() =>
        {
            Assert.That((string?)invoice["name"], Is.EqualTo("Faktura"));
            Assert.That((long)invoice["minAmount"]!, Is.EqualTo(10_000));
            Assert.That((long)invoice["maxAmount"]!, Is.EqualTo(3_000_000));
            Assert.That(invoice["identificationMethods"]!.Values<string>(), Is.EqualTo(new[] { "BANKID", "MOBILE_BANKID", "ID_DOCUMENT" }));
            Assert.That(invoice["channels"]!.Values<string>(), Is.EqualTo(new[] { "ECOMMERCE", "STORE" }));
            Assert.That(methods[2]["channels"]!.Values<string>(), Is.EqualTo(new[] { "ECOMMERCE" }));
        });
    }

    [Test]
    public async Task The_store_channel_has_no_account_credit()
    {
        var response = await Api.GetAsync("paymentmethods?channel=STORE");
        Assert.That(response.Json["paymentMethods"]!.Select(m => (string?)m["type"]), Is.EqualTo(new[] { "INVOICE", "PART_PAYMENT" }));
    }

    [Test]
    public async Task An_unknown_channel_is_a_validation_error()
    {
        var response = await Api.GetAsync("paymentmethods?channel=PHONE");
        response.ShouldBeError(HttpStatusCode.BadRequest, "INVALID_REQUEST", "VALIDATION");
    }

    [Test]
    public async Task Terms_have_the_documented_shape_and_fees()
    {
        var response = await Api.GetAsync("paymentmethods/terms");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
        var json = response.Json;
        Assert.That((string?)json["currency"], Is.EqualTo("SEK"));
        Assert.That((string?)json["termsUrl"], Does.StartWith("https://"));
        Assert.That(DateTimeOffset.Parse((string)json["validUntil"]!), Is.GreaterThan(DateTimeOffset.UtcNow));

        var terms = ((JArray)json["terms"]!).ToDictionary(t => (string)t["code"]!);
        Assert.That(terms.Keys, Is.SupersetOf(new[] { "INV", "PP3", "PP6", "PP12", "PP24", "PP36", "ACC" }));
        Assert.Multiple(() =>
        {
            Assert.That((long)terms["INV"]["invoiceFee"]!, Is.EqualTo(2_900));
            Assert.That((int)terms["INV"]["months"]!, Is.EqualTo(1));
            Assert.That((int)terms["PP3"]["nominalInterestRate"]!, Is.EqualTo(0), "3 months is interest-free");
            Assert.That((long)terms["PP3"]["setupFee"]!, Is.EqualTo(19_500));
            foreach (var code in new[] { "PP3", "PP6", "PP12", "PP24", "PP36" })
            {
                Assert.That((long)terms[code]["setupFee"]!, Is.EqualTo(19_500), code);
                Assert.That((long)terms[code]["monthlyFee"]!, Is.EqualTo(2_900), code);
                Assert.That((string?)terms[code]["paymentMethod"], Is.EqualTo("PART_PAYMENT"), code);
            }
            Assert.That((string?)terms["ACC"]["paymentMethod"], Is.EqualTo("ACCOUNT"));
        });
    }

    [Test]
    public async Task The_representative_example_follows_the_documented_formula()
    {
        var json = (await Api.GetAsync("paymentmethods/terms")).Json;
        var example = json["representativeExample"]!;
        var term = json["terms"]!.Single(t => (string?)t["code"] == (string?)example["code"]);
        var amount = (long)example["amount"]!;
        var months = (int)example["months"]!;
        var expected = IndependentCreditMath.Compute(amount, months, (int)term["nominalInterestRate"]!,
            (long)term["setupFee"]!, (long)term["monthlyFee"]!, (long)term["invoiceFee"]!);

        Assert.Multiple(() =>
        {
            Assert.That((long)example["monthlyAmount"]!, Is.EqualTo(expected.MonthlyAmount));
            Assert.That((long)example["totalAmount"]!, Is.EqualTo(expected.TotalAmount));
            Assert.That((int)example["effectiveInterestRate"]!, Is.EqualTo(expected.EffectiveRate).Within(1));
            Assert.That((long)example["setupFee"]!, Is.EqualTo((long)term["setupFee"]!));
        });
    }
}
