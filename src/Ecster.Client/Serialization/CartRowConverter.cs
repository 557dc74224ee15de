using Ecster.Client.Models;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecster.Client.Serialization;

/// <summary>
/// Cart rows read and written by hand: they are most of every order body (an order repeats its rows in the cart and
/// in each transaction), and the serializer's general machinery cost about twice the reading itself on them
/// (bench/README.md). Same rules as <see cref="EcsterJson"/>: camelCase names read in any casing, unknown fields
/// skipped, a null name or a null/non-whole amount refused, nulls not written, amounts in öre and rates in hundredths.
/// </summary>
internal sealed class CartRowConverter : JsonConverter<CartRow>
{
    private enum Field { Unknown, PartNumber, Name, Description, Quantity, UnitAmount, VatRate, DiscountAmount, Fee }

    public override CartRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A cart row is not an object.");

        var row = new CartRow();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Identify(ref reader);
            reader.Read();
            switch (field)
            {
                case Field.PartNumber: row.PartNumber = ReadString(ref reader, nullable: true); break;
                case Field.Name: row.Name = ReadString(ref reader, nullable: false)!; break;
                case Field.Description: row.Description = ReadString(ref reader, nullable: true); break;
                case Field.Quantity: row.Quantity = ReadQuantity(ref reader); break;
                case Field.UnitAmount: row.UnitAmount = Money.ToSek(ReadWhole(ref reader, "An amount")); break;
                case Field.VatRate: row.VatRate = Percent.FromHundredths(ReadWhole(ref reader, "A rate")); break;
                case Field.DiscountAmount: row.DiscountAmount = Money.ToSek(ReadWhole(ref reader, "An amount")); break;
                case Field.Fee: row.Fee = ReadBoolean(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? row : throw new JsonException("A cart row is not an object.");
    }

    public override void Write(Utf8JsonWriter writer, CartRow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.PartNumber is not null)
            writer.WriteString(Name(Field.PartNumber), value.PartNumber);
        if (value.Name is not null)
            writer.WriteString(Name(Field.Name), value.Name);
        if (value.Description is not null)
            writer.WriteString(Name(Field.Description), value.Description);
        writer.WriteNumber(Name(Field.Quantity), value.Quantity);
        writer.WriteNumber(Name(Field.UnitAmount), Money.ToOre(value.UnitAmount));
        writer.WriteNumber(Name(Field.VatRate), Percent.ToHundredths(value.VatRate));
        writer.WriteNumber(Name(Field.DiscountAmount), Money.ToOre(value.DiscountAmount));
        writer.WriteBoolean(Name(Field.Fee), value.Fee);
        writer.WriteEndObject();
    }

    /// <summary>Ecster's camelCase names are matched byte for byte; any other casing is still read, as the serializer does.</summary>
    private static Field Identify(ref Utf8JsonReader reader)
    {
        foreach (var field in Fields)
            if (reader.ValueTextEquals(Name(field)))
                return field;

        var name = reader.GetString();
        foreach (var field in Fields)
            if (string.Equals(name, field.ToString(), StringComparison.OrdinalIgnoreCase))
                return field;

        return Field.Unknown;
    }

    private static ReadOnlySpan<byte> Name(Field field) => field switch
    {
        Field.PartNumber => "partNumber"u8,
        Field.Name => "name"u8,
        Field.Description => "description"u8,
        Field.Quantity => "quantity"u8,
        Field.UnitAmount => "unitAmount"u8,
        Field.VatRate => "vatRate"u8,
        Field.DiscountAmount => "discountAmount"u8,
        Field.Fee => "fee"u8,
        _ => []
    };

    private static readonly Field[] Fields = [Field.PartNumber, Field.Name, Field.Description, Field.Quantity,
        Field.UnitAmount, Field.VatRate, Field.DiscountAmount, Field.Fee];

    private static string? ReadString(ref Utf8JsonReader reader, bool nullable) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null when nullable => null,
        JsonTokenType.Null => throw new JsonException("A cart row's name is null."),
        _ => throw new JsonException("A cart row's text is not a string.")
    };

    private static int ReadQuantity(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var quantity)
            ? quantity
            : throw new JsonException("A cart row's quantity is not a whole number.");

    private static long ReadWhole(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.Null
            ? throw new JsonException($"{what} is null.")
            : WholeNumberReader.Read(ref reader, what);

    private static bool ReadBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException("A cart row's fee flag is not true or false.")
    };
}
