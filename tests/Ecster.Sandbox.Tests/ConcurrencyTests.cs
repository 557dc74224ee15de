using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class ConcurrencyTests : SandboxTest
{
    [Test]
    public async Task Fifty_parallel_debits_move_exactly_the_order_amount()
    {
        const long amount = 1_000_000;
        const long each = 100_000;
        var orderId = (await Flows.CreateOrderAsync(Api, amount: amount)).Id;

        // Half share one reference (at most one of them may move money), half have their own.
        var requests = Enumerable.Range(0, 50)
            .Select(i => Flows.TransactionAsync(Api, orderId, "DEBIT", each, i % 2 == 0 ? "shared-ref" : $"own-{i}"))
            .ToList();
        var responses = await Task.WhenAll(requests);

        var created = responses.Where(r => r.Status == HttpStatusCode.Created).ToList();
        var replays = responses.Where(r => r.Status == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.Status == HttpStatusCode.BadRequest).ToList();
        Assert.That(created.Count + replays.Count + refused.Count, Is.EqualTo(50), "every answer is 201, 200 or 400");
        Assert.That(created, Has.Count.EqualTo(10));
        Assert.That(refused.Select(r => (int?)r.Json["code"]), Has.All.EqualTo(4425));
        Assert.That(replays.Select(r => r.Header("x-idempotent-replay")), Has.All.EqualTo("true"));
        Assert.That(created.Count(r => (string?)r.Json["transaction"]!["transactionReference"] == "shared-ref"), Is.LessThanOrEqualTo(1));

        var order = Sandbox.Inspector.FindOrder(orderId)!;
        Assert.That(order.DebitedAmount, Is.EqualTo(amount));
        Assert.That(order.Transactions.Sum(t => t.Amount), Is.EqualTo(amount));
        Assert.That(order.Transactions.Select(t => t.TransactionReference), Is.Unique);
        Assert.That(order.Status, Is.EqualTo("FULLY_DELIVERED"));
    }
}
