using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

/// <summary>The money rules of docs §9 on a 10 000 kr e-commerce order.</summary>
public sealed class TransactionTests : SandboxTest
{
    private const long Amount = 1_000_000;
    private string _orderId = "";

    [SetUp]
    public async Task CreateOrderAsync() => _orderId = (await Flows.CreateOrderAsync(Api, amount: Amount)).Id;

    private Task<ApiResponse> Transaction(string type, long? amount, string? reference = null, string? debitTransaction = null, object? rows = null) =>
        Flows.TransactionAsync(Api, _orderId, type, amount, reference, debitTransaction, rows);

    [Test]
    public async Task A_partial_debit_answers_the_transaction_and_the_order()
    {
        var response = await Transaction("DEBIT", 400_000, "d-1");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.Created), response.Text);
        var transaction = (JObject)response.Json["transaction"]!;
        var order = (await Api.GetAsync($"orders/{_orderId}")).Json;
        Assert.Multiple(() =>
        {
            Assert.That(((JObject)response.Json).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "orderStatus", "transaction" }));
            Assert.That((string?)response.Json["orderStatus"], Is.EqualTo("PARTIALLY_DELIVERED"));
            Assert.That(transaction.Properties().Select(p => p.Name), Is.SupersetOf(new[]
                { "id", "transactionReference", "type", "created", "amount", "rows", "merchantId" }));
            Assert.That((string?)transaction["merchantId"], Is.Not.Empty);
            Assert.That((string?)transaction["id"], Does.StartWith("TX-"));
            Assert.That((string?)transaction["type"], Is.EqualTo("DEBIT"));
            Assert.That((long)transaction["amount"]!, Is.EqualTo(400_000));
            Assert.That((string?)transaction["transactionReference"], Is.EqualTo("d-1"));
            Assert.That((string?)transaction["created"], Is.Not.Null);
            Assert.That((string?)order["status"], Is.EqualTo("PARTIALLY_DELIVERED"));
            Assert.That((long)order["debitedAmount"]!, Is.EqualTo(400_000));
            Assert.That(order["remainingAmount"], Is.Null, "Ecster sends no residual (docs §7.3)");
            Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.RemainingAmount, Is.EqualTo(600_000));
            Assert.That(order["transactions"]!.Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Debits_up_to_the_whole_amount_make_the_order_fully_delivered_and_no_more()
    {
        await Transaction("DEBIT", 400_000);
        var last = await Transaction("DEBIT", 600_000);
        var tooMuch = await Transaction("DEBIT", 1);

        Assert.That((string?)last.Json["orderStatus"], Is.EqualTo("FULLY_DELIVERED"));
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.RemainingAmount, Is.EqualTo(0));
        tooMuch.ShouldBeError(HttpStatusCode.BadRequest, 4425);
    }

    [Test]
    public async Task A_debit_above_the_remaining_amount_is_refused()
    {
        (await Transaction("DEBIT", Amount + 1)).ShouldBeError(HttpStatusCode.BadRequest, 4425);
    }

    [TestCase(0)]
    [TestCase(-100)]
    public async Task Amounts_must_be_positive(long amount)
    {
        (await Transaction("DEBIT", amount)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Transaction("CREDIT", amount)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Transaction("ANNUL", amount)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task A_transaction_reference_is_required()
    {
        var response = await Api.PostAsync($"orders/{_orderId}/transactions", new { type = "DEBIT", amount = 100 });
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task Rows_must_add_up_to_the_amount()
    {
        var rows = new[] { new { partNumber = "SKU-1", name = "Soffa", quantity = 1, unitAmount = 300_000, vatRate = 2500 } };
        (await Transaction("DEBIT", 400_000, rows: rows)).ShouldBeError(HttpStatusCode.BadRequest, 4002);
        var ok = await Transaction("DEBIT", 300_000, rows: rows);
        Assert.That(ok.Status, Is.EqualTo(HttpStatusCode.Created), ok.Text);
        Assert.That((long)ok.Json["transaction"]!["rows"]![0]!["unitAmount"]!, Is.EqualTo(300_000));
    }

    [Test]
    public async Task Credit_is_limited_to_what_was_debited_and_not_yet_credited()
    {
        var debit = (string)(await Transaction("DEBIT", 400_000)).Json["transaction"]!["id"]!;
        var credit = await Transaction("CREDIT", 300_000, debitTransaction: debit);
        var tooMuch = await Transaction("CREDIT", 100_001, debitTransaction: debit);
        var rest = await Transaction("CREDIT", 100_000, debitTransaction: debit);

        Assert.That(credit.Status, Is.EqualTo(HttpStatusCode.Created), credit.Text);
        Assert.That((long)credit.Json["transaction"]!["amount"]!, Is.EqualTo(300_000));
        tooMuch.ShouldBeError(HttpStatusCode.BadRequest, 4427);
        Assert.That((long)(await Api.GetAsync($"orders/{_orderId}")).Json["creditedAmount"]!, Is.EqualTo(400_000));
        Assert.That((string?)rest.Json["orderStatus"], Is.EqualTo("PARTIALLY_DELIVERED"), "600 000 öre are still open");
    }

    [Test]
    public async Task Credit_of_a_given_debit_is_limited_to_that_debit()
    {
        var first = (string)(await Transaction("DEBIT", 300_000)).Json["transaction"]!["id"]!;
        await Transaction("DEBIT", 500_000);

        var tooMuch = await Transaction("CREDIT", 300_001, debitTransaction: first);
        var ok = await Transaction("CREDIT", 200_000, debitTransaction: first);
        var restTooMuch = await Transaction("CREDIT", 100_001, debitTransaction: first);
        var unknown = await Transaction("CREDIT", 1, debitTransaction: "TX-999999");

        tooMuch.ShouldBeError(HttpStatusCode.BadRequest, 4427);
        Assert.That(ok.Status, Is.EqualTo(HttpStatusCode.Created), ok.Text);
        Assert.That((string?)ok.Json["transaction"]!["debitTransaction"], Is.EqualTo(first));
        restTooMuch.ShouldBeError(HttpStatusCode.BadRequest, 4427);
        Assert.That((int)unknown.Status, Is.EqualTo(400));
    }

    [Test]
    public async Task Crediting_everything_leaves_the_status_as_it_was_because_a_credit_never_changes_it()
    {
        var debit = (string)(await Transaction("DEBIT", Amount)).Json["transaction"]!["id"]!;
        var credit = await Transaction("CREDIT", Amount, debitTransaction: debit);
        Assert.That((string?)credit.Json["orderStatus"], Is.EqualTo("FULLY_DELIVERED"), "docs §7.3, Assumed A19");
        Assert.That((string?)(await Api.GetAsync($"orders/{_orderId}")).Json["status"], Is.EqualTo("FULLY_DELIVERED"));
    }

    [Test]
    public async Task Annul_without_amount_annuls_the_whole_remainder()
    {
        await Transaction("DEBIT", 400_000);
        var annul = await Transaction("ANNUL", null);

        Assert.That(annul.Status, Is.EqualTo(HttpStatusCode.Created), annul.Text);
        Assert.That((long)annul.Json["transaction"]!["amount"]!, Is.EqualTo(600_000));
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.AnnulledAmount, Is.EqualTo(600_000));
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.RemainingAmount, Is.EqualTo(0));
        Assert.That((string?)annul.Json["orderStatus"], Is.EqualTo("FULLY_DELIVERED"));
        (await Transaction("ANNUL", null)).ShouldBeError(HttpStatusCode.BadRequest, 4424);
        (await Transaction("DEBIT", 1)).ShouldBeError(HttpStatusCode.BadRequest, 4425);
    }

    [Test]
    public async Task Annulling_everything_before_a_debit_makes_the_order_annulled()
    {
        var annul = await Transaction("ANNUL", null);
        Assert.That((string?)annul.Json["orderStatus"], Is.EqualTo("ANNULLED"));
    }

    [Test]
    public async Task A_partial_annul_is_limited_to_the_remainder()
    {
        await Transaction("DEBIT", 700_000);
        (await Transaction("ANNUL", 300_001)).ShouldBeError(HttpStatusCode.BadRequest, 4425);
        var annul = await Transaction("ANNUL", 100_000);
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.RemainingAmount, Is.EqualTo(200_000));
        Assert.That((string?)annul.Json["orderStatus"], Is.EqualTo("PARTIALLY_DELIVERED"));
    }

    [Test]
    public async Task A_repeated_reference_is_a_new_transaction_because_Ecster_promises_no_replay()
    {
        var first = await Transaction("DEBIT", 400_000, "same-ref");
        var second = await Transaction("DEBIT", 400_000, "same-ref");

        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.Created), second.Text);
        Assert.That(second.Header("x-idempotent-replay"), Is.Null);
        Assert.That((string?)second.Json["transaction"]!["id"], Is.Not.EqualTo((string?)first.Json["transaction"]!["id"]));
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.DebitedAmount, Is.EqualTo(800_000), "both debits moved money");
    }

    [Test]
    public async Task A_repeat_after_the_order_is_fully_debited_is_judged_like_any_debit()
    {
        await Transaction("DEBIT", Amount, "all");
        (await Transaction("DEBIT", Amount, "all")).ShouldBeError(HttpStatusCode.BadRequest, 4425);
    }

    [Test]
    public async Task The_same_reference_with_another_payload_is_another_transaction_not_a_conflict()
    {
        var debit = (string)(await Transaction("DEBIT", 400_000, "ref-x")).Json["transaction"]!["id"]!;
        var other = await Transaction("DEBIT", 300_000, "ref-x");
        var credit = await Transaction("CREDIT", 100_000, "ref-x", debitTransaction: debit);

        Assert.That(other.Status, Is.EqualTo(HttpStatusCode.Created), other.Text);
        Assert.That(credit.Status, Is.EqualTo(HttpStatusCode.Created), credit.Text);
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.Transactions, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_credit_must_name_the_debit_it_credits()
    {
        await Transaction("DEBIT", 400_000, "d");
        (await Transaction("CREDIT", 100_000, "c")).ShouldBeError(HttpStatusCode.BadRequest, 4000);
        Assert.That(Sandbox.Inspector.FindOrder(_orderId)!.CreditedAmount, Is.Zero);
    }

    [Test]
    public async Task References_are_per_order()
    {
        var other = await Flows.CreateOrderAsync(Api, amount: Amount);
        await Transaction("DEBIT", 100_000, "shared");
        var onOther = await Flows.TransactionAsync(Api, other.Id, "DEBIT", 200_000, "shared");
        Assert.That(onOther.Status, Is.EqualTo(HttpStatusCode.Created), onOther.Text);
    }

    [Test]
    public async Task An_unknown_type_is_rejected()
    {
        (await Transaction("REFUND", 100)).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task The_annul_pages_spelling_ANNULL_is_an_annul_answered_as_ANNUL()
    {
        var annul = await Transaction("ANNULL", null, "void-as-on-the-page");

        Assert.That(annul.Status, Is.EqualTo(HttpStatusCode.Created), annul.Text);
        Assert.That((string?)annul.Json["transaction"]!["type"], Is.EqualTo("ANNUL"));
        Assert.That((string?)annul.Json["orderStatus"], Is.EqualTo("ANNULLED"));
    }
}
