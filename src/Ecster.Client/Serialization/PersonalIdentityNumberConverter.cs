using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>Writes the 12-digit form; reads and validates what Ecster sends, with or without its <c>SE</c> prefix.</summary>
internal sealed class PersonalIdentityNumberConverter : JsonConverter<PersonalIdentityNumber>
{
    public override PersonalIdentityNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            throw new JsonException("A personal number is null.");

        // The message must not carry the value: it could end up in an exception text or a log.
        if (reader.TokenType != JsonTokenType.String || !PersonalIdentityNumber.TryParse(WithoutCountry(reader.GetString()), out var number))
            throw new JsonException("A personal number is not valid.");

        return number;
    }

    // Ecster writes a consumer's nationalId with its country, SE530516-9756 (docs §5, §7.3).
    private static string? WithoutCountry(string? value) =>
        value is { Length: > 2 } && value.StartsWith("SE", StringComparison.OrdinalIgnoreCase) ? value[2..] : value;

    public override void Write(Utf8JsonWriter writer, PersonalIdentityNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireFormat());
}
