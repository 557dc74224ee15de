namespace Ecster.Sandbox.Domain;

/// <summary>
/// Now, in UTC and in whole seconds: every time the sandbox writes is then exact in ISO 8601 without fractions,
/// and BankID's "whole seconds since startedAt" is the same for the client and the sandbox.
/// </summary>
internal sealed class SandboxClock(TimeProvider time)
{
    public TimeProvider TimeProvider { get; } = time;

    public DateTimeOffset Now()
    {
        var now = TimeProvider.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
