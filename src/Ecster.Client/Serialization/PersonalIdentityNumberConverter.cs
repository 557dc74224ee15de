using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>Writes the 12-digit wire form; reads and validates what Ecster sends.</summary>
internal sealed class PersonalIdentityNumberConverter : JsonConverter<PersonalIdentityNumber>
{
    public override PersonalIdentityNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            throw new JsonException("A personal number is null.");

        // The message must not carry the value: it could end up in an exception text or a log.
        if (reader.TokenType != JsonTokenType.String || !PersonalIdentityNumber.TryParse(reader.GetString(), out var number))
            throw new JsonException("A personal number is not valid.");

        return number;
    }

    public override void Write(Utf8JsonWriter writer, PersonalIdentityNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireFormat());
}
