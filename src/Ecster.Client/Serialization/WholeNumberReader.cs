using System.Numerics;
using Newtonsoft.Json;

namespace Ecster.Client.Serialization;

/// <summary>Amounts and rates are whole numbers on the wire; anything else is a malformed body, not a guess.</summary>
internal static class WholeNumberReader
{
    public static long Read(JsonReader reader, string what) => reader.Value switch
    {
        long l when reader.TokenType == JsonToken.Integer => l,
        int i when reader.TokenType == JsonToken.Integer => i,
        BigInteger => throw new JsonSerializationException($"An {what} is too large."),
        decimal d when reader.TokenType == JsonToken.Float && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => (long)d,
        _ => throw new JsonSerializationException($"An {what} is not a whole number.")
    };
}
