using System.Net;
using Ecster.Sandbox.Tests.Support;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests;

public sealed class FaultInjectionTests : SandboxTest
{
    [Test]
    public async Task Latency_still_answers_normally()
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: "latency=50");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Json["paymentMethods"], Is.Not.Null);
    }

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task Status_answers_that_status_in_the_error_shape(int status)
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: $"status={status}");
        response.ShouldBeError((HttpStatusCode)status, 5000);
        Assert.That(response.Header("x-request-id"), Is.Not.Empty);
    }

    [Test]
    public async Task A_status_fault_does_not_perform_the_operation()
    {
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        var body = new { orderReference = "r", ticket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_000) };
        var response = await Api.PostAsync("orders", body, fault: "status=503");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(Sandbox.Inspector.Orders, Is.Empty);
    }

    [Test]
    public async Task Ratelimit_answers_429_with_retry_after()
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: "ratelimit=7");
        response.ShouldBeError(HttpStatusCode.TooManyRequests, 4290);
        Assert.That(response.Message.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void Drop_closes_the_connection_without_an_answer()
    {
        Assert.ThrowsAsync<HttpRequestException>(() => Api.GetAsync(Flows.PaymentMethods, fault: "drop"));
    }

    [Test]
    public async Task Malformed_answers_200_with_a_body_that_is_not_JSON()
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: "malformed");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Header("Content-Type"), Does.StartWith("application/json"));
        Assert.Throws<JsonReaderException>(() => JToken.Parse(response.Text));
    }

    [Test]
    public async Task Commit_then_fail_performs_the_debit_but_the_caller_sees_an_error()
    {
        var orderId = (await Flows.CreateOrderAsync(Api, amount: 1_000_000)).Id;

        Assert.ThrowsAsync<HttpRequestException>(() =>
            Flows.TransactionAsync(Api, orderId, "DEBIT", 400_000, "lost-answer", fault: "commit-then-fail"));

        var order = await Api.GetAsync($"orders/{orderId}");
        Assert.That((long)order.Json["debitedAmount"]!, Is.EqualTo(400_000));
        // No replay: a blind re-send with the same reference debits again; only reading the order is safe.
        var retry = await Flows.TransactionAsync(Api, orderId, "DEBIT", 400_000, "lost-answer");
        Assert.That(retry.Status, Is.EqualTo(HttpStatusCode.Created), retry.Text);
        Assert.That((long)(await Api.GetAsync($"orders/{orderId}")).Json["debitedAmount"]!, Is.EqualTo(800_000));
    }

    [Test]
    public async Task Faults_combine_latency_with_an_action()
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: "latency=10,status=502");
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [Test]
    public async Task An_unknown_fault_is_a_bad_request()
    {
        var response = await Api.GetAsync(Flows.PaymentMethods, fault: "explode");
        response.ShouldBeError(HttpStatusCode.BadRequest, 4000);
        (await Api.GetAsync(Flows.PaymentMethods, fault: "status=404")).ShouldBeError(HttpStatusCode.BadRequest, 4000);
    }

    [Test]
    public async Task A_scenario_fault_hits_its_path_and_method_the_given_number_of_times()
    {
        var added = await Api.PostAsync("/sandbox/faults", new { path = "/paymentmethods", method = "GET", fault = "status=503", times = 2 });
        Assert.That(added.Status, Is.EqualTo(HttpStatusCode.Created), added.Text);

        var terms = await Api.GetAsync("paymentmethods/terms?locale=sv-SE&nationality=SE&paymentMethod=PARTPAYMENT&amount=300000&currency=SEK");
        var first = await Api.GetAsync(Flows.PaymentMethods);
        var second = await Api.GetAsync(Flows.PaymentMethods);
        var third = await Api.GetAsync(Flows.PaymentMethods);

        Assert.That(terms.Status, Is.EqualTo(HttpStatusCode.OK), "exact path match: /paymentmethods/terms is another path");
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(third.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Sandbox.Inspector.Faults, Is.Empty, "a used-up scenario is removed");
    }

    [Test]
    public async Task A_scenario_with_a_wildcard_segment_and_no_times_lasts_until_deleted()
    {
        var orderId = (await Flows.CreateOrderAsync(Api, amount: 1_000_000)).Id;
        await Api.PostAsync("/sandbox/faults", new { path = "/orders/*/transactions", method = "POST", fault = "ratelimit=1" });

        var first = await Flows.TransactionAsync(Api, orderId, "DEBIT", 100);
        var second = await Flows.TransactionAsync(Api, orderId, "DEBIT", 100);
        var read = await Api.GetAsync($"orders/{orderId}");
        var deleted = await Api.DeleteAsync("/sandbox/faults");
        var after = await Flows.TransactionAsync(Api, orderId, "DEBIT", 100);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(read.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task One_scenario_can_be_deleted_by_its_id_leaving_the_others()
    {
        var first = Newtonsoft.Json.Linq.JObject.Parse((await Api.PostAsync("/sandbox/faults", new { path = "/paymentmethods", fault = "status=503" })).Text);
        await Api.PostAsync("/sandbox/faults", new { path = "/paymentmethods/terms", fault = "status=502" });

        var deleted = await Api.DeleteAsync($"/sandbox/faults/{first["id"]}");
        var again = await Api.DeleteAsync($"/sandbox/faults/{first["id"]}");

        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Api.GetAsync(Flows.PaymentMethods)).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Api.GetAsync("paymentmethods/terms")).Status, Is.EqualTo(HttpStatusCode.BadGateway));
    }

    [Test]
    public async Task A_scenario_drop_on_create_order_leaves_no_order_and_commit_then_fail_leaves_one()
    {
        Sandbox.AddFault("/orders", "drop", "POST", times: 1);
        var ticket = await Flows.TicketAsync(Api, People.Anna);
        var option = await Flows.OptionAsync(Api, ticket, 100_000, "INV");
        var body = new { orderReference = "r-1", ticket, paymentOption = (string)option["id"]!, cart = Flows.Cart(100_000) };

        Assert.ThrowsAsync<HttpRequestException>(() => Api.PostAsync("orders", body));
        Assert.That(Sandbox.Inspector.Orders, Is.Empty);

        Sandbox.AddFault("/orders", "commit-then-fail", "POST", times: 1);
        Assert.ThrowsAsync<HttpRequestException>(() => Api.PostAsync("orders", body));
        Assert.That(Sandbox.Inspector.Orders, Has.Count.EqualTo(1));

        var found = await Api.GetAsync("orders/?orderReference=r-1");
        Assert.That(found.Json.Count(), Is.EqualTo(1));
    }
}
