using System.Globalization;
using Newtonsoft.Json;

namespace Ecster.Client.Serialization;

/// <summary>Plain dates (an ID document's expiry) as <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateOnlyConverter : JsonConverter
{
    private const string Format = "yyyy-MM-dd";

    public override bool CanConvert(Type objectType) => objectType == typeof(DateOnly) || objectType == typeof(DateOnly?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
            return objectType == typeof(DateOnly?) ? null : throw new JsonSerializationException("A date is null.");

        if (reader.TokenType == JsonToken.String
            && DateOnly.TryParseExact((string?)reader.Value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;

        throw new JsonSerializationException("A date is not in yyyy-MM-dd form.");
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is DateOnly date)
            writer.WriteValue(date.ToString(Format, CultureInfo.InvariantCulture));
        else
            writer.WriteNull();
    }
}
