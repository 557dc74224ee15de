using System.Net;
using Ecster.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Client.Tests.Domain;

public class ClientConstructionTests
{
    [Test]
    public void Options_have_the_documented_defaults()
    {
        var options = new EcsterClientOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.SandboxBaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:5080")));
            Assert.That(options.PerTryTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.OverallTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(options.MaxRetries, Is.EqualTo(3));
        });
    }

    [TestCase(EcsterEnvironment.Production, "https://secure.ecster.se/")]
    [TestCase(EcsterEnvironment.Test, "https://labs.ecster.se/")]
    [TestCase(EcsterEnvironment.Sandbox, "http://127.0.0.1:5080/")]
    public void Each_environment_has_its_base_url(EcsterEnvironment environment, string url) =>
        Assert.That(new EcsterClientOptions { Environment = environment }.BaseUrl.ToString(), Is.EqualTo(url));

    [Test]
    public async Task Production_requests_go_to_secure_ecster_se()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, """{ "paymentMethods": [] }""");
        var client = TestClients.Create(handler, o => o.Environment = EcsterEnvironment.Production);

        await client.GetPaymentMethodsAsync();

        Assert.That(handler.Requests.Single().Uri.ToString(), Is.EqualTo("https://secure.ecster.se/rest/public/v1/paymentmethods?locale=sv-SE&nationality=SE&currency=SEK&amount=0&inPerson=false"));
    }

    [Test]
    public void The_factory_refuses_options_without_keys_and_names_the_setting_not_the_value()
    {
        using var provider = TestClients.CreateProvider(new FakeEcsterHandler());
        var factory = provider.GetRequiredService<IEcsterClientFactory>();

        var error = Assert.Throws<ArgumentException>(() => factory.Create(TestClients.Options(o => o.MerchantKey = " ")))!;
        Assert.That(error.ParamName, Is.EqualTo("MerchantKey"));
        Assert.Throws<ArgumentException>(() => factory.Create(TestClients.Options(o => o.ApiKey = "")));
        Assert.Throws<ArgumentException>(() => factory.Create(TestClients.Options(o => o.PerTryTimeout = TimeSpan.Zero)));
    }

    [Test]
    public void Options_ToString_leaves_the_keys_out()
    {
        var text = TestClients.Options().ToString();
        Assert.That(text, Does.Not.Contain(TestClients.ApiKey).And.Not.Contain(TestClients.MerchantKey));
    }

    [Test]
    public async Task AddEcsterClient_twice_does_not_stack_handlers()
    {
        var handler = new FakeEcsterHandler { Fallback = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)) };
        var services = new ServiceCollection();
        services.AddEcsterClient();
        services.AddEcsterClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IEcsterClientFactory>().Create(TestClients.Options(o => o.MaxRetries = 1));

        Assert.ThrowsAsync<EcsterApiException>(() => client.GetOrderAsync("E"));

        // One retry policy: 1 + 1 tries, not (1 + 1) squared.
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_client_over_a_plain_HttpClient_works_with_single_tries()
    {
        var handler = new FakeEcsterHandler().Respond(HttpStatusCode.OK, EcsterJsonSamples.Order);
        using var http = new HttpClient(handler);
        var client = new EcsterClient(http, TestClients.Options());

        var order = await client.GetOrderAsync("ECS-100042");

        Assert.That(order.Id, Is.EqualTo("zburxHFw0xQmyOmVOrcq"));
        RequestAssert.IsCall(handler.Requests.Single(), HttpMethod.Get, "/rest/public/v1/orders/ECS-100042");
    }
}
