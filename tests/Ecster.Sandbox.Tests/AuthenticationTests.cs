using System.Net;
using Ecster.Sandbox.Tests.Support;

namespace Ecster.Sandbox.Tests;

public sealed class AuthenticationTests : SandboxTest
{
    protected override SandboxOptions Options()
    {
        var options = new SandboxOptions();
        options.Credentials.Add(new SandboxCredentials("other-api-key", "other-merchant-key", "other-merchant"));
        return options;
    }

    [Test]
    public async Task Missing_keys_answer_401_invalid_credentials()
    {
        using var anonymous = new SandboxApi(Sandbox, withKeys: false);
        var response = await anonymous.GetAsync(Flows.PaymentMethods);
        response.ShouldBeError(HttpStatusCode.Unauthorized, 4010);
        Assert.That(response.Header("x-request-id"), Is.Not.Empty);
    }

    [Test]
    public async Task A_wrong_merchant_key_answers_401_and_keeps_the_key_out_of_the_body()
    {
        using var api = new SandboxApi(Sandbox, withKeys: false);
        api.Http.DefaultRequestHeaders.Add("x-api-key", Sandbox.ApiKey);
        api.Http.DefaultRequestHeaders.Add("x-merchant-key", "wrong-merchant-key");
        var response = await api.GetAsync(Flows.PaymentMethods);
        response.ShouldBeError(HttpStatusCode.Unauthorized, 4010);
        Assert.That(response.Text, Does.Not.Contain("wrong-merchant-key"));
    }

    [Test]
    public async Task Default_keys_are_the_documented_ones()
    {
        Assert.That(Sandbox.ApiKey, Is.EqualTo("sandbox-api-key"));
        Assert.That(Sandbox.MerchantKey, Is.EqualTo("sandbox-merchant-key"));
        var response = await Api.GetAsync(Flows.PaymentMethods);
        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Every_response_carries_a_distinct_request_id()
    {
        var ok = await Api.GetAsync(Flows.PaymentMethods);
        var notFound = await Api.GetAsync("orders/ECS-1");
        var sandboxPage = await Api.GetAsync("/sandbox/orders");
        var ids = new[] { ok, notFound, sandboxPage }.Select(r => r.Header("x-request-id")).ToList();
        Assert.That(ids, Has.All.Not.Null.And.Not.Empty);
        Assert.That(ids, Is.Unique);
    }

    [Test]
    public async Task An_unknown_route_answers_404_in_the_error_shape()
    {
        var response = await Api.GetAsync("no-such-thing");
        response.ShouldBeError(HttpStatusCode.NotFound, 4040);
    }

    [Test]
    public async Task A_second_credential_pair_is_another_merchant_who_cannot_see_the_first_ones_orders()
    {
        var order = await Flows.CreateOrderAsync(Api);
        using var other = new SandboxApi(Sandbox, withKeys: false);
        other.Http.DefaultRequestHeaders.Add("x-api-key", "other-api-key");
        other.Http.DefaultRequestHeaders.Add("x-merchant-key", "other-merchant-key");

        var response = await other.GetAsync($"orders/{order.Id}");

        response.ShouldBeError(HttpStatusCode.NotFound, 4040);
        Assert.That((string?)order.Response.Json["merchantId"], Is.EqualTo("sandbox-merchant"));
    }

    [Test]
    public async Task Sandbox_endpoints_need_no_keys()
    {
        using var anonymous = new SandboxApi(Sandbox, withKeys: false);
        Assert.That((await anonymous.GetAsync("/sandbox/requests")).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await anonymous.PostAsync("/sandbox/reset", null)).Status, Is.EqualTo(HttpStatusCode.NoContent));
    }
}
