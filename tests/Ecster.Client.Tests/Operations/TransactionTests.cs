using System.Net;
using Ecster.Client.Models;
using Ecster.Client.Tests.Support;

namespace Ecster.Client.Tests.Operations;

public class TransactionTests
{
    [Test]
    public async Task Debit_posts_type_amount_and_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.TransactionResult("DEBIT", 50000, "cap-1"));
        var client = TestClients.Create(handler);

        var result = await client.DebitAsync("ECS-1", new DebitRequest { Amount = 500m, TransactionReference = "cap-1" });

        var request = handler.Requests.Single();
        RequestAssert.IsCall(request, HttpMethod.Post, "/rest/public/v1/orders/ECS-1/transactions");
        var body = RequestAssert.JsonBody(request);
        RequestAssert.HasFields(body, "type", "amount", "transactionReference");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["type"], Is.EqualTo("DEBIT"));
            Assert.That((long)body["amount"]!, Is.EqualTo(50000));
            Assert.That((string?)body["transactionReference"], Is.EqualTo("cap-1"));
            Assert.That(result.Transaction.Id, Is.EqualTo("TX-2"));
            Assert.That(result.Transaction.Type, Is.EqualTo(TransactionType.Debit));
            Assert.That(result.Transaction.Amount, Is.EqualTo(500m));
            Assert.That(result.Transaction.TransactionReference, Is.EqualTo("cap-1"));
            Assert.That(result.OrderStatus, Is.EqualTo(OrderStatus.PartiallyDelivered));
            Assert.That(result.Transaction.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 25, 12, 6, 0, TimeSpan.Zero)));
            Assert.That(result.Transaction.Message, Is.EqualTo("TestMessage"));
            Assert.That(result.Transaction.MerchantId, Is.EqualTo("69260825"));
        });
    }

    [Test]
    public async Task Debit_with_rows_sends_the_rows()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.TransactionResult("DEBIT", 50000, "cap-1"));
        var client = TestClients.Create(handler);

        await client.DebitAsync("ECS-1", new DebitRequest
        {
            Amount = 500m,
            TransactionReference = "cap-1",
            Rows = [new CartRow { PartNumber = "Shipping", Name = "Frakt", Quantity = 1, UnitAmount = 500m, VatRate = 25m, Fee = true }]
        });

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        RequestAssert.HasFields(body, "type", "amount", "rows", "transactionReference");
        Assert.That((long)body["rows"]![0]!["unitAmount"]!, Is.EqualTo(50000));
        Assert.That((long)body["rows"]![0]!["vatRate"]!, Is.EqualTo(2500));
    }

    [Test]
    public async Task Credit_posts_type_amount_debit_transaction_and_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.TransactionResult("CREDIT", 20000, "ref-1"));
        var client = TestClients.Create(handler);

        var result = await client.CreditAsync("ECS-1", new CreditRequest
        {
            Amount = 200m,
            DebitTransaction = "TX-1",
            TransactionReference = "ref-1"
        });

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Post, "/rest/public/v1/orders/ECS-1/transactions");
        RequestAssert.HasFields(body, "type", "amount", "debitTransaction", "transactionReference");
        Assert.Multiple(() =>
        {
            Assert.That((string?)body["type"], Is.EqualTo("CREDIT"));
            Assert.That((long)body["amount"]!, Is.EqualTo(20000));
            Assert.That((string?)body["debitTransaction"], Is.EqualTo("TX-1"));
            Assert.That((string?)body["transactionReference"], Is.EqualTo("ref-1"));
            Assert.That(result.Transaction.Amount, Is.EqualTo(200m));
        });
    }

    [Test]
    public async Task Annul_without_amount_sends_only_type_and_reference()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.TransactionResult("ANNUL", 1249900, "void-1"));
        var client = TestClients.Create(handler);

        var result = await client.AnnulAsync("ECS-1", new AnnulRequest { TransactionReference = "void-1" });

        var body = RequestAssert.JsonBody(handler.Requests.Single());
        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Post, "/rest/public/v1/orders/ECS-1/transactions");
        RequestAssert.HasFields(body, "type", "transactionReference");
        Assert.That((string?)body["type"], Is.EqualTo("ANNUL"));
        Assert.That(result.Transaction.Amount, Is.EqualTo(12499m));
    }

    [Test]
    public async Task Annul_with_amount_sends_it_in_ore()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.Created, EcsterJsonSamples.TransactionResult("ANNUL", 1005, "void-2"));
        var client = TestClients.Create(handler);

        await client.AnnulAsync("ECS-1", new AnnulRequest { Amount = 10.05m, TransactionReference = "void-2" });

        Assert.That((long)RequestAssert.JsonBody(handler.Requests.Single())["amount"]!, Is.EqualTo(1005));
    }

    [Test]
    public async Task A_replayed_transaction_answer_200_is_success()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, EcsterJsonSamples.TransactionResult("DEBIT", 50000, "cap-1"),
            r => r.Headers.Add("x-idempotent-replay", "true"));
        var client = TestClients.Create(handler);

        var result = await client.DebitAsync("ECS-1", new DebitRequest { Amount = 500m, TransactionReference = "cap-1" });

        Assert.That(result.Transaction.TransactionReference, Is.EqualTo("cap-1"));
    }
}
