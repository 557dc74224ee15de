namespace Ecster.Integration.Tests.Checkout;

/// <summary>The sandbox's clock, moved by hand, so a ticket expires without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
