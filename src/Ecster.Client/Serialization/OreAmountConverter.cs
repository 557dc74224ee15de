namespace Ecster.Client.Serialization;

/// <summary>Wire öre (integer) ↔ model SEK (decimal), through <see cref="Money"/> only.</summary>
internal sealed class OreAmountConverter() : WholeNumberConverter("An amount")
{
    protected override decimal FromWire(long wire) => Money.ToSek(wire);

    protected override long ToWire(decimal value) => Money.ToOre(value);
}
