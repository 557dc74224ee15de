using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Sandbox.Http;

/// <summary>The one JSON setup of the sandbox: camelCase, strict numbers, nulls written unless a model omits them.</summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // The Web defaults accept "123" for a number; the contract sends numbers, so a string is a client bug.
        NumberHandling = JsonNumberHandling.Strict,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Keep å, ä, ö readable; these bodies are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<T> ReadBodyAsync<T>(HttpContext context) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Options, context.RequestAborted);
            return body ?? throw ApiErrors.InvalidRequest("A JSON body is required.");
        }
        catch (JsonException error)
        {
            // The path (e.g. $.cart.rows[0].quantity) helps; the raw value might be personal data, so it is left out.
            throw ApiErrors.InvalidRequest($"The body is not valid JSON for this request (at {error.Path ?? "$"}).");
        }
    }

    /// <summary>A stable text of a request's content, to tell "same request again" from "same reference, other content".</summary>
    public static string Fingerprint(object value) => JsonSerializer.Serialize(value, Options);
}
