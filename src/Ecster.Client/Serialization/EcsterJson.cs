using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>
/// The JSON rules of docs/ecster-api.md §1: camelCase, unknown fields ignored, nulls not sent, times with offset,
/// required fields present and not null, nothing after the body. One options instance, built here and frozen, so a
/// host's own JSON settings cannot change what goes on the wire.
/// </summary>
/// <remarks>
/// System.Text.Json (part of .NET, no package), reading and writing UTF-8 directly: on the loopback sandbox,
/// Newtonsoft's reader alone cost more per call than the whole 10 % the client may add over a bare HttpClient
/// (bench/README.md). nopCommerce's own data (settings, the order ledger) stays with Newtonsoft in the plugin.
/// </remarks>
internal static class EcsterJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The UTF-8 body of a request.</summary>
    public static byte[] Serialize(object value) => JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);

    /// <exception cref="JsonException">Not JSON, the wrong shape, a required field missing or null, or more after the body.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) where T : class =>
        JsonSerializer.Deserialize<T>(utf8, Options) ?? throw new JsonException("The body is empty or null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Ecster's documented names are camelCase; any casing is still read, as before.
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A null where the model says "never null" (ids, statuses, lists) is a malformed answer, not a later NRE.
            RespectNullableAnnotations = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 32,
            Converters = { new PersonalIdentityNumberConverter(), new DateOnlyConverter() }
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
