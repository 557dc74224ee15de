using Newtonsoft.Json;

namespace Ecster.Client.Serialization;

/// <summary>Writes the 12-digit wire form; reads and validates what Ecster sends.</summary>
internal sealed class PersonalIdentityNumberConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) =>
        objectType == typeof(PersonalIdentityNumber) || objectType == typeof(PersonalIdentityNumber?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return objectType == typeof(PersonalIdentityNumber?)
                ? null
                : throw new JsonSerializationException("A personal number is null.");

        // The message must not carry the value: it could end up in an exception text or a log.
        if (reader.TokenType != JsonToken.String || !PersonalIdentityNumber.TryParse((string?)reader.Value, out var number))
            throw new JsonSerializationException("A personal number is not valid.");

        return number;
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is PersonalIdentityNumber number)
            writer.WriteValue(number.ToWireFormat());
        else
            writer.WriteNull();
    }
}
