using Newtonsoft.Json;

namespace Ecster.Client.Serialization;

/// <summary>Wire öre (integer) ↔ model SEK (decimal), through <see cref="Money"/> only.</summary>
internal sealed class OreAmountConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return objectType == typeof(decimal?) ? null : throw new JsonSerializationException("An amount is null.");

        return Money.ToSek(WholeNumberReader.Read(reader, "amount"));
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal sek)
            writer.WriteValue(Money.ToOre(sek));
        else
            writer.WriteNull();
    }
}
