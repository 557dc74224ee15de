using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>Wire hundredths of a percent (integer) ↔ model percent (decimal), through <see cref="Percent"/>.</summary>
internal sealed class PercentConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? throw new JsonException("A rate is null.")
            : Percent.FromHundredths(WholeNumberReader.Read(ref reader, "rate"));

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Percent.ToHundredths(value));
}
