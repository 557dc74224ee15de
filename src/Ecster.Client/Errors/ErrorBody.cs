using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Errors;

/// <summary>
/// Ecster's error body (docs §1.1): <c>{ "code": 4424, "message": ... }</c>, a number; older answers add a
/// <c>type</c>, and <c>{ error, message }</c> is read too.
/// </summary>
internal sealed class ErrorBody
{
    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? Code { get; set; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? Error { get; set; }

    public string? Message { get; set; }

    public string? Type { get; set; }

    public string? EffectiveCode => Code ?? Error;

    /// <summary>A code as its text: <c>4424</c> and <c>"4424"</c> are the same code.</summary>
    private sealed class NumberOrStringConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => reader.TryGetInt64(out var number)
                ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : throw new JsonException("An error code is not a whole number."),
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException("An error code is neither a number nor a string.")
        };

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
