using System.Text.Json;

namespace Ecster.Client.Serialization;

/// <summary>Amounts and rates are whole numbers on the wire; anything else is a malformed body, not a guess.</summary>
/// <remarks>Messages name what was wrong ("An amount"), never the value.</remarks>
internal static class WholeNumberReader
{
    public static long Read(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
            throw new JsonException($"{what} is not a whole number.");
        if (reader.TryGetInt64(out var whole))
            return whole;

        // 100.0 is still a whole number; 100.5 is not; beyond a long (or a decimal) is no amount Ecster sends.
        if (!reader.TryGetDecimal(out var number) || number > long.MaxValue || number < long.MinValue)
            throw new JsonException($"{what} is too large.");
        if (number != decimal.Truncate(number))
            throw new JsonException($"{what} is not a whole number.");

        return (long)number;
    }
}
