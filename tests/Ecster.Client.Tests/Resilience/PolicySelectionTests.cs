using Ecster.Client.Http;
using Ecster.Client.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ecster.Client.Tests.Resilience;

/// <summary>Polly policies are built once per store's limits, host and retryability, not for every call.</summary>
public class PolicySelectionTests
{
    private static HttpRequestMessage Request(string url, bool retryable, EcsterClientOptions options)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(EcsterRequestOptions.Retryable, retryable);
        request.Options.Set(EcsterRequestOptions.Resilience, ResilienceSettings.From(options));
        return request;
    }

    [Test]
    public void Calls_of_one_store_reuse_one_policy_and_other_limits_get_their_own_around_the_same_breaker()
    {
        using var provider = TestClients.CreateProvider(new FakeEcsterHandler());
        var policies = provider.GetRequiredService<EcsterPolicies>();
        var store = TestClients.Options();
        var otherStore = TestClients.Options(o => o.PerTryTimeout = TimeSpan.FromSeconds(3));

        var first = policies.For(Request("http://127.0.0.1:5999/rest/public/v1/orders/A", true, store));

        Assert.That(policies.For(Request("http://127.0.0.1:5999/rest/public/v1/orders/B", true, TestClients.Options())), Is.SameAs(first),
            "equal limits, same host: the same policy object");
        Assert.That(policies.For(Request("http://127.0.0.1:5999/rest/public/v1/orders/A", false, store)), Is.Not.SameAs(first),
            "a call that must not be repeated has no retry layer");
        Assert.That(policies.For(Request("http://127.0.0.1:5999/rest/public/v1/orders/A", true, otherStore)), Is.Not.SameAs(first));
        Assert.That(policies.BreakerFor(new Uri("http://127.0.0.1:5999/x")), Is.SameAs(policies.BreakerFor(new Uri("http://127.0.0.1:5999/y"))));
    }
}
