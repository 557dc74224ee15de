namespace Ecster.Integration.Tests.BackOffice;

/// <summary>A test class with a fresh back office against a fresh sandbox per test, its client not retrying.</summary>
public abstract class HarnessTest
{
    private protected BackOfficeHarness H { get; private set; } = null!;

    [SetUp]
    public async Task StartHarnessAsync() => H = await BackOfficeHarness.StartAsync(maxRetries: 0);

    [TearDown]
    public async Task StopHarnessAsync() => await H.DisposeAsync();
}
