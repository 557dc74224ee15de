using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>
/// The JSON rules of docs/ecster-api.md §1: camelCase, unknown fields ignored, nulls not sent, times with offset.
/// Built explicitly (never JsonConvert.DefaultSettings) so a host's global Newtonsoft settings cannot change
/// what goes on the wire.
/// </summary>
internal static class EcsterJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        // None: a string field that merely looks like a time must stay the exact string Ecster sent; typed
        // DateTimeOffset properties are still parsed (ISO 8601 with offset).
        DateParseHandling = DateParseHandling.None,
        DateTimeZoneHandling = DateTimeZoneHandling.RoundtripKind,
        DateFormatString = "yyyy-MM-ddTHH:mm:ssK",
        FloatParseHandling = FloatParseHandling.Decimal,
        Culture = System.Globalization.CultureInfo.InvariantCulture,
        Converters = { new PersonalIdentityNumberConverter(), new DateOnlyConverter() },
        MaxDepth = 32
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value);
        return writer.ToString();
    }

    /// <exception cref="JsonException">Not JSON, the wrong shape, or a required field missing.</exception>
    public static T Deserialize<T>(string json) where T : class
    {
        using var reader = new JsonTextReader(new StringReader(json));
        var value = Serializer.Deserialize<T>(reader);
        if (value is null)
            throw new JsonSerializationException("The body is empty or null.");

        // Trailing garbage after a valid object is still a malformed body.
        if (reader.Read() && reader.TokenType != JsonToken.Comment)
            throw new JsonSerializationException("Unexpected content after the JSON body.");

        return value;
    }
}
