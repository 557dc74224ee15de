using Microsoft.Playwright;

namespace Ecster.Integration.Tests.Browser;

/// <summary>One page in Debian's Chromium (never a downloaded browser), headless, for the browser tests.</summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Another page in a context of its own (own cookies), in the same browser.</summary>
    public async Task<IPage> NewPageAsync() => await _browser.NewPageAsync();

    public static async Task<ChromiumPage> StartAsync()
    {
        Assert.That(File.Exists(Chromium), Is.True, "Browser tests need Debian's chromium (apt-get install chromium); .ci/run installs it.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"]
        });
        return new ChromiumPage(playwright, browser, await browser.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
