namespace Ecster.Integration.Tests.BackOffice;

/// <summary>The system clock moved forward: an admin acting after the settling window, without waiting for it.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
