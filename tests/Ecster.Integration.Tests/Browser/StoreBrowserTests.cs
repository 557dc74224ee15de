using Ecster.Integration.Tests.Browser.Host;
using Microsoft.Playwright;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// One sandbox, one store and one browser for a test class (the store compiles the plugin's views once, which takes
/// seconds); a fresh page in a context of its own for each test, opened on a store page once the plugin's script ran.
/// </summary>
public abstract class StoreBrowserTests
{
    internal SandboxFixture Fixture { get; private set; } = null!;
    internal StoreHost Host { get; private set; } = null!;
    private protected ChromiumPage Chromium { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    private protected abstract Task<SandboxFixture> StartSandboxAsync();

    private protected abstract Task<StoreHost> StartStoreAsync(SandboxFixture sandbox);

    [OneTimeSetUp]
    public async Task StartStore()
    {
        Fixture = await StartSandboxAsync();
        Host = await StartStoreAsync(Fixture);
        Chromium = await ChromiumPage.StartAsync();
    }

    /// <summary>Opens a store page and waits for the plugin's script to have started on it (the first request of a
    /// store compiles the views: seconds on a busy machine).</summary>
    protected async Task OpenAsync(string path, string startedSelector, Action<IPage>? beforeGoing = null)
    {
        Page = await Chromium.NewPageAsync();
        beforeGoing?.Invoke(Page);
        await Page.GotoAsync(Host.Url(path).ToString());
        await Assertions.Expect(Page.Locator(startedSelector).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [TearDown]
    public async Task ClosePage()
    {
        while (Host.Errors.TryDequeue(out var error))
            TestContext.Out.WriteLine(error);
        await Page.Context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopStore()
    {
        await Chromium.DisposeAsync();
        await Host.DisposeAsync();
        await Fixture.DisposeAsync();
    }
}
