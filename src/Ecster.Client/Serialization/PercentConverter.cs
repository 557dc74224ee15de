using Newtonsoft.Json;

namespace Ecster.Client.Serialization;

/// <summary>Wire hundredths of a percent (integer) ↔ model percent (decimal), through <see cref="Percent"/>.</summary>
internal sealed class PercentConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) => objectType == typeof(decimal) || objectType == typeof(decimal?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return objectType == typeof(decimal?) ? null : throw new JsonSerializationException("A rate is null.");

        return Percent.FromHundredths(WholeNumberReader.Read(reader, "rate"));
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is decimal percent)
            writer.WriteValue(Percent.ToHundredths(percent));
        else
            writer.WriteNull();
    }
}
