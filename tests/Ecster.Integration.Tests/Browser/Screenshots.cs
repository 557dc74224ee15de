using Microsoft.Playwright;
using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// Screenshots the browser tests take of what they check: a phone's width (375 px) and a desktop's. Taken on every
/// run into TestResults/screenshots (ignored by git); with <c>ECSTER_SCREENSHOTS=docs</c> into docs/images/, the
/// pictures the README shows, so a plain test run never leaves the work tree changed.
/// </summary>
internal static class Screenshots
{
    public const int Phone = 375;
    public const int Desktop = 1100;

    public static async Task TakeAsync(IPage page, string name, int width, ILocator? of = null)
    {
        var folder = Environment.GetEnvironmentVariable("ECSTER_SCREENSHOTS") == "docs"
            ? RepoPaths.Combine("docs", "images")
            : RepoPaths.Combine("TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.SetViewportSizeAsync(width, width == Phone ? 740 : 800);
        var path = Path.Combine(folder, $"{name}-{width}.png");
        if (of is null)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        else
            await of.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
    }
}
