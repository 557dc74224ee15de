using Newtonsoft.Json.Linq;

namespace Ecster.Client.Tests.Support;

/// <summary>Checks of what the client sent, against docs/ecster-api.md §1.</summary>
public static class RequestAssert
{
    public static void IsCall(RecordedRequest request, HttpMethod method, string pathAndQuery)
    {
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(request.Uri.GetLeftPart(UriPartial.Authority), Is.EqualTo(TestClients.SandboxUrl));
            Assert.That(request.Uri.PathAndQuery, Is.EqualTo(pathAndQuery));
            Assert.That(request.Headers["x-api-key"], Is.EqualTo(TestClients.ApiKey));
            Assert.That(request.Headers["x-merchant-key"], Is.EqualTo(TestClients.MerchantKey));
            Assert.That(request.Headers["accept"], Does.Contain("application/json"));
        });
    }

    public static JObject JsonBody(RecordedRequest request)
    {
        Assert.That(request.MediaType, Is.EqualTo("application/json"));
        Assert.That(request.CharSet, Is.EqualTo("utf-8"));
        Assert.That(request.Body, Is.Not.Null);
        return JObject.Parse(request.Body!);
    }

    public static void HasNoBody(RecordedRequest request) => Assert.That(request.Body, Is.Null);

    /// <summary>The body has exactly these top-level fields: writers send only the documented ones.</summary>
    public static void HasFields(JObject body, params string[] names) =>
        Assert.That(body.Properties().Select(p => p.Name), Is.EquivalentTo(names));
}
