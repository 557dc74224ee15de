using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class InspectionTests : SandboxTest
{
    [Test]
    public async Task Requests_are_counted_per_path_including_failed_ones()
    {
        await Api.GetAsync(Flows.PaymentMethods);
        await Api.GetAsync(Flows.PaymentMethods, fault: "status=500");
        using (var anonymous = new SandboxApi(Sandbox, withKeys: false)) await anonymous.GetAsync(Flows.PaymentMethods);

        Assert.That(Sandbox.Inspector.RequestCount("/paymentmethods"), Is.EqualTo(3));
        Assert.That(Sandbox.Inspector.RequestCount("/rest/public/v1/paymentmethods", "GET"), Is.EqualTo(3));
        var page = await Api.GetAsync("/sandbox/requests");
        Assert.That((int)page.Json["byPath"]!["/rest/public/v1/paymentmethods"]!, Is.EqualTo(3));
        Assert.That(page.Json["requests"]!.Select(r => (int?)r["status"]), Is.EqualTo(new int?[] { 200, 500, 401 }));
    }

    [Test]
    public async Task Orders_and_transactions_are_listed()
    {
        var order = await Flows.CreateOrderAsync(Api, amount: 1_000_000);
        await Flows.TransactionAsync(Api, order.Id, "DEBIT", 100_000, "t-1");

        var orders = await Api.GetAsync("/sandbox/orders");
        var transactions = await Api.GetAsync("/sandbox/transactions");

        Assert.That((string?)orders.Json["orders"]![0]!["id"], Is.EqualTo(order.Id));
        Assert.That((string?)transactions.Json["transactions"]![0]!["orderId"], Is.EqualTo(order.Id));
        Assert.That((string?)transactions.Json["transactions"]![0]!["transaction"]!["transactionReference"], Is.EqualTo("t-1"));
        Assert.That(Sandbox.Inspector.Transactions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Reset_forgets_orders_requests_and_faults()
    {
        var order = await Flows.CreateOrderAsync(Api);
        Sandbox.AddFault("/paymentmethods", "status=500");

        var reset = await Api.PostAsync("/sandbox/reset", null);

        Assert.That(reset.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Sandbox.Inspector.Orders, Is.Empty);
        Assert.That(Sandbox.Inspector.Requests, Is.Empty);
        Assert.That(Sandbox.Inspector.Faults, Is.Empty);
        (await Api.GetAsync($"orders/{order.Id}")).ShouldBeError(HttpStatusCode.NotFound, 4040);

        Sandbox.AddFault("/paymentmethods", "status=500");
        Sandbox.Reset();
        Assert.That((await Api.GetAsync(Flows.PaymentMethods)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void The_base_address_is_loopback_with_a_real_port()
    {
        Assert.That(Sandbox.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Sandbox.BaseAddress.Port, Is.GreaterThan(0));
        Assert.That(Sandbox.BaseAddress.AbsolutePath, Is.EqualTo("/"));
        Assert.That(Sandbox.ApiBaseAddress.AbsolutePath, Is.EqualTo("/rest/public/v1/"));
    }
}
