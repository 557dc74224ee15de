using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class PaymentOptionTests : SandboxTest
{
    [Test]
    public async Task Part_payment_12_months_on_12_499_kr_matches_hand_arithmetic()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 1_249_900, "PP12");

        // 1 249 900 öre at 14.95 % / 12 per month over 12 months: annuity 112 784.377 öre → 112 784, plus 29 kr
        // monthly fee; total 12 × 115 684 + 195 kr setup fee; effective rate worked out by a float bisection.
        Assert.Multiple(() =>
        {
            Assert.That((long)option["monthlyAmount"]!, Is.EqualTo(115_684));
            Assert.That((long)option["totalAmount"]!, Is.EqualTo(1_407_708));
            Assert.That((int)option["effectiveInterestRate"]!, Is.EqualTo(2538));
            Assert.That((int)option["nominalInterestRate"]!, Is.EqualTo(1495));
            Assert.That((long)option["setupFee"]!, Is.EqualTo(19_500));
            Assert.That((long)option["monthlyFee"]!, Is.EqualTo(2_900));
            Assert.That((long)option["invoiceFee"]!, Is.EqualTo(0));
            Assert.That((int)option["months"]!, Is.EqualTo(12));
            Assert.That((string?)option["paymentMethod"], Is.EqualTo("PART_PAYMENT"));
            Assert.That((string?)option["description"], Is.Not.Empty);
            Assert.That((string?)option["id"], Does.StartWith("opt-"));
        });
    }

    [Test]
    public async Task Every_option_agrees_with_independent_arithmetic()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        foreach (var amount in new long[] { 10_000, 60_000, 1_249_900, 2_999_999, 9_000_000 })
        {
            var response = await Flows.OptionsAsync(Api, ticket, amount);
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
            foreach (var option in (JArray)response.Json["options"]!)
            {
                var expected = IndependentCreditMath.Compute(amount, (int)option["months"]!, (int)option["nominalInterestRate"]!,
                    (long)option["setupFee"]!, (long)option["monthlyFee"]!, (long)option["invoiceFee"]!);
                var label = $"{option["code"]} on {amount}";
                Assert.That((long)option["monthlyAmount"]!, Is.EqualTo(expected.MonthlyAmount), label);
                Assert.That((long)option["totalAmount"]!, Is.EqualTo(expected.TotalAmount), label);
                Assert.That((int)option["effectiveInterestRate"]!, Is.EqualTo(expected.EffectiveRate).Within(1), label);
            }
        }
    }

    [Test]
    public async Task Three_months_is_interest_free_but_its_fees_give_an_effective_rate()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 60_000, "PP3");
        Assert.That((int)option["nominalInterestRate"]!, Is.EqualTo(0));
        Assert.That((long)option["monthlyAmount"]!, Is.EqualTo(20_000 + 2_900));
        Assert.That((long)option["totalAmount"]!, Is.EqualTo(3 * 22_900 + 19_500));
        Assert.That((int)option["effectiveInterestRate"]!, Is.GreaterThan(0));
    }

    [Test]
    public async Task Options_are_limited_to_each_methods_min_and_max()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        async Task<string[]> Methods(long amount) =>
            ((JArray)(await Flows.OptionsAsync(Api, ticket, amount)).Json["options"]!).Select(o => (string)o["paymentMethod"]!).Distinct().ToArray();

        Assert.That(await Methods(15_000), Is.EquivalentTo(new[] { "INVOICE" }));
        Assert.That(await Methods(30_000), Is.EquivalentTo(new[] { "INVOICE", "ACCOUNT" }));
        Assert.That(await Methods(100_000), Is.EquivalentTo(new[] { "INVOICE", "PART_PAYMENT", "ACCOUNT" }));
        Assert.That(await Methods(6_000_000), Is.EquivalentTo(new[] { "PART_PAYMENT" }));
        Assert.That(await Methods(5_000), Is.Empty);
    }

    [Test]
    public async Task The_store_channel_offers_no_account_credit()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var options = (JArray)(await Flows.OptionsAsync(Api, ticket, 100_000, "STORE")).Json["options"]!;
        Assert.That(options.Select(o => (string?)o["paymentMethod"]), Has.None.EqualTo("ACCOUNT"));
        Assert.That(options, Is.Not.Empty);
    }

    [Test]
    public async Task Amount_must_be_positive()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var response = await Flows.OptionsAsync(Api, ticket, 0);
        response.ShouldBeError(HttpStatusCode.BadRequest, "INVALID_AMOUNT", "VALIDATION");
    }

    [Test]
    public async Task An_unknown_ticket_is_not_found()
    {
        var response = await Flows.OptionsAsync(Api, "tkt-nope", 100_000);
        response.ShouldBeError(HttpStatusCode.NotFound, "NOT_FOUND", "NOT_FOUND");
    }
}
