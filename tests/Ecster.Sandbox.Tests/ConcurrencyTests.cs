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

        // Half share one reference: Ecster promises no deduplication, so the shared reference protects nothing
        // and only the order's remaining amount limits what moves.
        var requests = Enumerable.Range(0, 50)
            .Select(i => Flows.TransactionAsync(Api, orderId, "DEBIT", each, i % 2 == 0 ? "shared-ref" : $"own-{i}"))
            .ToList();
        var responses = await Task.WhenAll(requests);

        var created = responses.Where(r => r.Status == HttpStatusCode.Created).ToList();
        var refused = responses.Where(r => r.Status == HttpStatusCode.BadRequest).ToList();
        Assert.That(created.Count + refused.Count, Is.EqualTo(50), "every answer is 201 or 400, never a replay");
        Assert.That(created, Has.Count.EqualTo(10));
        Assert.That(refused.Select(r => (int?)r.Json["code"]), Has.All.EqualTo(4425));

        var order = Sandbox.Inspector.FindOrder(orderId)!;
        Assert.That(order.DebitedAmount, Is.EqualTo(amount));
        Assert.That(order.Transactions.Sum(t => t.Amount), Is.EqualTo(amount));
        Assert.That(order.Status, Is.EqualTo("FULLY_DELIVERED"));
    }
}
