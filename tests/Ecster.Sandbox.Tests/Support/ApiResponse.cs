using System.Net;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests.Support;

/// <summary>A response read to the end: status, headers and the body parsed as JSON (null when empty).</summary>
public sealed record ApiResponse(HttpStatusCode Status, HttpResponseMessage Message, string Text)
{
    public JToken Json => string.IsNullOrEmpty(Text) ? JValue.CreateNull() : JToken.Parse(Text);

    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : Message.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault()
        : null;

    /// <summary>Asserts an error of the contract's shape (docs §1.1): exactly a numeric code and a message.</summary>
    public void ShouldBeError(HttpStatusCode status, int code)
    {
        Assert.That(Status, Is.EqualTo(status), Text);
        Assert.That(Json["code"]!.Type, Is.EqualTo(JTokenType.Integer), Text);
        Assert.That((int)Json["code"]!, Is.EqualTo(code), Text);
        Assert.That((string?)Json["message"], Is.Not.Empty);
        Assert.That(((JObject)Json).Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "code", "message" }));
    }
}
