namespace Ecster.Sandbox.Tests.Support;

/// <summary>Waits for background work (notifications) by polling; fails with a message after a generous deadline.</summary>
public static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<T?> probe, string what, int timeoutSeconds = 20) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } found) return found;
            await Task.Delay(20);
        }
        Assert.Fail($"Timed out waiting for {what}");
        throw new InvalidOperationException();
    }
}
