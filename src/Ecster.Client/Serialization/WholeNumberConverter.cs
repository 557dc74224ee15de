using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>
/// A decimal in the model that is a whole number on the wire (öre, hundredths of a percent). On a <c>decimal?</c>
/// property a JSON null stays null without reaching the converter; on a <c>decimal</c> it is a malformed body.
/// </summary>
/// <param name="what">How messages name the value, e.g. "An amount".</param>
internal abstract class WholeNumberConverter(string what) : JsonConverter<decimal>
{
    protected abstract decimal FromWire(long wire);

    protected abstract long ToWire(decimal value);

    public sealed override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? throw new JsonException($"{what} is null.")
            : FromWire(WholeNumberReader.Read(ref reader, what));

    public sealed override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToWire(value));
}
