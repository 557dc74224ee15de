namespace Ecster.Client.Serialization;

/// <summary>Wire hundredths of a percent (integer) ↔ model percent (decimal), through <see cref="Percent"/>.</summary>
internal sealed class PercentConverter() : WholeNumberConverter("A rate")
{
    protected override decimal FromWire(long wire) => Percent.FromHundredths(wire);

    protected override long ToWire(decimal value) => Percent.ToHundredths(value);
}
