using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>Plain dates (an ID document's expiry) as <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateOnlyConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            throw new JsonException("A date is null.");

        if (reader.TokenType == JsonTokenType.String
            && DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;

        throw new JsonException("A date is not in yyyy-MM-dd form.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
