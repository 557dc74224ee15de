using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class PaymentOptionTests : SandboxTest
{
    [Test]
    public async Task An_option_has_the_contracts_fields_and_figures_as_swedish_display_strings()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 1_249_900, "PP12");

        // 1 249 900 öre at 14.95 % / 12 per month over 12 months: annuity 112 784.377 öre → 112 784, plus 29 kr
        // monthly fee; total 12 × 115 684 + 195 kr setup fee; effective rate worked out by a float bisection.
        Assert.Multiple(() =>
        {
            Assert.That(option.Properties().Select(p => p.Name), Is.EquivalentTo(new[]
                { "id", "paymentMethod", "paymentSubmethod", "name", "allowAlternateRecipient", "localizedTerms" }));
            Assert.That((string?)option["id"], Does.StartWith("po-"));
            Assert.That((string?)option["paymentMethod"], Is.EqualTo("PARTPAYMENT"));
            Assert.That((string?)option["paymentSubmethod"], Is.EqualTo("PARTPAYMENT_SE_1"));
            Assert.That((string?)option["name"], Is.Not.Empty);
            Assert.That((bool)option["allowAlternateRecipient"]!, Is.True);
            Assert.That(Flows.Term(option, "monthlyAmount"), Is.EqualTo("1 156,84"));
            Assert.That(Flows.Term(option, "totalAmount"), Is.EqualTo("14 077,08"));
            Assert.That(Flows.Term(option, "effectiveInterestRate"), Is.EqualTo("25,38"));
            Assert.That(Flows.Term(option, "interestRate"), Is.EqualTo("14,95"));
            Assert.That(Flows.Term(option, "startFee"), Is.EqualTo("195"));
            Assert.That(Flows.Term(option, "adminFee"), Is.EqualTo("29"));
            Assert.That(Flows.Term(option, "months"), Is.EqualTo("12"));
            var monthly = ((JArray)option["localizedTerms"]!).Single(t => (string?)t["id"] == "monthlyAmount");
            Assert.That((string?)monthly["unit"], Is.EqualTo("kr"));
            Assert.That((string?)monthly["text"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task Every_option_agrees_with_independent_arithmetic()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        foreach (var amount in new long[] { 60_000, 1_249_900, 2_999_999, 9_000_000 })
        {
            var response = await Flows.OptionsAsync(Api, ticket, amount);
            Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
            foreach (var option in ((JArray)response.Json["paymentOptions"]!).Cast<JObject>().Where(o => (string?)o["paymentMethod"] == "PARTPAYMENT"))
            {
                var expected = IndependentCreditMath.Compute(amount, int.Parse(Flows.Term(option, "months")!), Flows.TermHundredths(option, "interestRate"),
                    Flows.TermOre(option, "startFee"), Flows.TermOre(option, "adminFee"), 0);
                var label = $"{Flows.Code(option)} on {amount}";
                Assert.That(Flows.TermOre(option, "monthlyAmount"), Is.EqualTo(expected.MonthlyAmount), label);
                Assert.That(Flows.TermOre(option, "totalAmount"), Is.EqualTo(expected.TotalAmount), label);
                Assert.That(Flows.TermHundredths(option, "effectiveInterestRate"), Is.EqualTo(expected.EffectiveRate).Within(1), label);
            }
        }
    }

    [Test]
    public async Task Three_months_is_interest_free_but_its_fees_give_an_effective_rate()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 60_000, "PP3");
        Assert.That(Flows.Term(option, "interestRate"), Is.EqualTo("0"));
        Assert.That(Flows.TermOre(option, "monthlyAmount"), Is.EqualTo(20_000 + 2_900));
        Assert.That(Flows.TermOre(option, "totalAmount"), Is.EqualTo(3 * 22_900 + 19_500));
        Assert.That(Flows.TermHundredths(option, "effectiveInterestRate"), Is.GreaterThan(0));
    }

    [Test]
    public async Task Options_are_limited_to_each_methods_min_and_max()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        async Task<string[]> Methods(long amount) =>
            ((JArray)(await Flows.OptionsAsync(Api, ticket, amount)).Json["paymentOptions"]!).Select(o => (string)o["paymentMethod"]!).Distinct().ToArray();

        Assert.That(await Methods(15_000), Is.EquivalentTo(new[] { "INVOICE" }));
        Assert.That(await Methods(100_000), Is.EquivalentTo(new[] { "INVOICE", "PARTPAYMENT" }));
        Assert.That(await Methods(6_000_000), Is.EquivalentTo(new[] { "PARTPAYMENT" }));
        Assert.That(await Methods(5_000), Is.Empty);
    }

    [Test]
    public async Task The_invoice_fee_is_added_to_an_invoices_amount()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var without = (JArray)(await Flows.OptionsAsync(Api, ticket, 2_999_000)).Json["paymentOptions"]!;
        var with = (JArray)(await Flows.OptionsAsync(Api, ticket, 2_999_000, invoiceFee: 2_000)).Json["paymentOptions"]!;
        Assert.That(without.Select(o => (string?)o["paymentMethod"]), Has.Member("INVOICE"));
        Assert.That(with.Select(o => (string?)o["paymentMethod"]), Has.No.Member("INVOICE"), "3 001 000 öre is above the invoice's maximum");
    }

    [Test]
    public async Task Available_credit_below_the_amount_leaves_out_part_payment()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var response = await Api.GetAsync($"paymentoptions/?ticket={ticket}&amount=100000&currency=SEK&invoiceFee=0&availableCredit=50000");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Text);
        Assert.That(((JArray)response.Json["paymentOptions"]!).Select(o => (string?)o["paymentMethod"]), Is.EquivalentTo(new[] { "INVOICE" }));
    }

    [Test]
    public async Task A_get_with_a_body_is_refused()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var response = await Api.SendAsync(HttpMethod.Get, $"paymentoptions/?ticket={ticket}&amount=100000&currency=SEK", new { ticket });
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest), response.Text);
    }

    [Test]
    public async Task The_old_post_is_not_a_route()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var response = await Api.PostAsync("paymentoptions", new { ticket, amount = 100_000, currency = "SEK" });
        Assert.That((int)response.Status, Is.EqualTo(405).Or.EqualTo(404), response.Text);
    }

    [Test]
    public async Task Amount_must_be_positive()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var response = await Flows.OptionsAsync(Api, ticket, 0);
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task An_unknown_ticket_is_a_ticket_error()
    {
        var response = await Flows.OptionsAsync(Api, "tkt-nope", 100_000);
        response.ShouldBeError(HttpStatusCode.BadRequest, 4430);
    }
}
