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

    /// <summary>Asserts an error of the contract's shape and returns its code.</summary>
    public void ShouldBeError(HttpStatusCode status, string code, string type)
    {
        Assert.That(Status, Is.EqualTo(status), Text);
        Assert.That((string?)Json["code"], Is.EqualTo(code), Text);
        Assert.That((string?)Json["type"], Is.EqualTo(type), Text);
        Assert.That((string?)Json["message"], Is.Not.Empty);
    }
}
