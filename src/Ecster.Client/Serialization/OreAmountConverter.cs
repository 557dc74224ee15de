using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>Wire öre (integer) ↔ model SEK (decimal), through <see cref="Money"/> only.</summary>
/// <remarks>On a <c>decimal?</c> property a JSON null stays null without reaching this converter.</remarks>
internal sealed class OreAmountConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? throw new JsonException("An amount is null.")
            : Money.ToSek(WholeNumberReader.Read(ref reader, "amount"));

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Money.ToOre(value));
}
