namespace Ecster.Client;

/// <summary>
/// The one place where SEK (decimal, the client's public API) and öre (long, Ecster's wire format) meet.
/// Rounding is explicit so a fraction of an öre always rounds the same way, whatever the culture or caller.
/// </summary>
public static class Money
{
    private const decimal OrePerKrona = 100m;

    // Multiplying by 0.01 (not dividing by 100) keeps a scale of two decimals, so 1249900 öre prints 12499.00.
    private const decimal KronaPerOre = 0.01m;

    /// <summary>SEK to whole öre, rounding half an öre away from zero (12.345 → 1235, -12.345 → -1235).</summary>
    /// <exception cref="OverflowException">The amount does not fit in a long number of öre.</exception>
    public static long ToOre(decimal sek) =>
        decimal.ToInt64(decimal.Round(sek * OrePerKrona, 0, MidpointRounding.AwayFromZero));

    /// <summary>Öre to SEK, exact (always two decimals of scale, e.g. 1249900 → 12499.00).</summary>
    public static decimal ToSek(long ore) => ore * KronaPerOre;
}
