using System.Text.RegularExpressions;
using Ecster.Integration.Tests.Browser.Host;
using Ecster.Integration.Tests.Checkout;
using Microsoft.Playwright;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The payment step's script and styles reach the shopper however the store renders the step: inserted by AJAX in
/// the one-page checkout (where nopCommerce's tag helpers drop a script's src and keep stylesheets out of the answer)
/// and with the page in the multi-page checkout, with bundling on and off.
/// </summary>
[Category("Browser")]
public class PaymentStepAssetsTests
{
    public enum Checkout { OnePageByAjax, MultiPage }

    // An AJAX step does not depend on bundling: nopCommerce's tag helpers return before reading the switch.
    [TestCase(Checkout.OnePageByAjax, false)]
    [TestCase(Checkout.MultiPage, false)]
    [TestCase(Checkout.MultiPage, true)]
    public async Task The_step_starts_and_is_styled(Checkout checkout, bool bundling)
    {
        await using var fixture = await SandboxFixture.StartAsync();
        await using var host = await CheckoutStore.StartAsync(new CheckoutHarness(fixture), new StoreOptions { Bundling = bundling });
        await using var chromium = await ChromiumPage.StartAsync();
        var page = chromium.Page;

        await page.GotoAsync(host.Url(checkout == Checkout.OnePageByAjax ? CheckoutStore.OnePageCheckout : CheckoutStore.MultiPageCheckout).ToString());

        // The view renders the identification part hidden; only the plugin's script shows it. The first request
        // compiles the store's views, which takes seconds on a busy machine: wait as the other browser tests do.
        await Assertions.Expect(page.Locator("[data-ecster-identify]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Only the plugin's stylesheet lays the buttons out in a row that wraps on a phone.
        await Assertions.Expect(page.Locator(".ecster-checkout__buttons").First).ToHaveCSSAsync("display", "flex");
        Assert.That(await page.EvaluateAsync<int>("() => document.querySelectorAll('script[data-ecster-script=\"ecster-checkout\"]').length"), Is.LessThanOrEqualTo(1));
        Assert.That(host.Errors, Is.Empty);
    }

    /// <summary>What the one-page checkout receives for the step is what nopCommerce sends for an AJAX request: no
    /// script file and no stylesheet link survive the tag helpers, so the step must not depend on them.</summary>
    [Test]
    public async Task The_AJAX_step_carries_no_script_file_and_no_stylesheet_link()
    {
        await using var fixture = await SandboxFixture.StartAsync();
        await using var host = await CheckoutStore.StartAsync(new CheckoutHarness(fixture));
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Post, host.Url(CheckoutStore.OnePageStep));
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var answer = await http.SendAsync(request);
        Assert.That((int)answer.StatusCode, Is.EqualTo(200), string.Join("\n", host.Errors));
        var html = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync())
            .RootElement.GetProperty("update_section").GetProperty("html").GetString()!;

        Assert.That(html, Does.Contain("data-ecster-checkout"));
        Assert.That(Regex.IsMatch(html, @"<script[^>]*\ssrc="), Is.False, html);
        Assert.That(html, Does.Not.Contain("<link"));
        Assert.That(html, Does.Contain("<script>"), "the inline loader stays in place for an AJAX request");
    }
}
