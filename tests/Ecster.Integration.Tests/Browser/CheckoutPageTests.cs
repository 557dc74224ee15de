using Ecster.Integration.Tests.Browser.Host;
using Ecster.Integration.Tests.Checkout;
using Ecster.Sandbox;
using Microsoft.Playwright;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The payment step in a real browser (Debian's Chromium through Playwright), as nopCommerce's one-page checkout shows
/// it: the step loaded by AJAX into the page, the plugin's view rendered by its view component, the page script, the
/// plugin's controller and checkout services, and the sandbox behind them. What a shopper does, click by click.
/// </summary>
[Category("Browser")]
public class CheckoutPageTests
{

    private SandboxFixture _fixture = null!;
    private CheckoutHarness _harness = null!;
    private StoreHost _host = null!;
    private ChromiumPage _chromium = null!;
    private IPage _page = null!;

    // One sandbox, store and browser for the class (the store compiles the views once); a fresh page per test.
    [OneTimeSetUp]
    public async Task StartStore()
    {
        _fixture = await SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 2 });
        _harness = new CheckoutHarness(_fixture, storeTexts: English);
        _host = await CheckoutStore.StartAsync(_harness);
        _chromium = await ChromiumPage.StartAsync();
    }

    [SetUp]
    public async Task OpenCheckout()
    {
        _page = await _chromium.NewPageAsync();
        await _page.GotoAsync(_host.Url(CheckoutStore.OnePageCheckout).ToString());
        // The step's script started: it shows the identification part, which the view renders hidden. The first
        // request of a store compiles the views (seconds on a busy machine).
        await Assertions.Expect(_page.Locator("[data-ecster-identify]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    [TearDown]
    public async Task ClosePage()
    {
        while (_host.Errors.TryDequeue(out var error))
            TestContext.Out.WriteLine(error);
        await _page.Context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopStore()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");

    /// <summary>What the shopper reads: the plugin's English text.</summary>
    private static string FlowText(string name) => English["Plugins.Payments.Ecster.Checkout." + name];

    [Test]
    public async Task BankID_on_another_device_shows_a_QR_code_then_the_options_for_the_exact_total()
    {
        var step = _page.Locator(".checkout-page");
        await Screenshots.TakeAsync(_page, "checkout-identify", Screenshots.Desktop, step);
        await Screenshots.TakeAsync(_page, "checkout-identify", Screenshots.Phone);
        await _page.FillAsync("[data-ecster-personal-number]", "19811218-9801");
        await _page.ClickAsync("[data-ecster-start='other']");

        // A QR image appears while BankID is pending, then the options replace it.
        await Assertions.Expect(_page.Locator("[data-ecster-qr] img, [data-ecster-qr] svg").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(_page, "checkout-bankid-qr", Screenshots.Phone);
        await Assertions.Expect(_page.Locator("[data-ecster-options]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var radios = _page.Locator($"input[type=radio][name='{EcsterDefaults.Checkout.OptionFormField}']");
        Assert.That(await radios.CountAsync(), Is.GreaterThanOrEqualTo(2));
        await Assertions.Expect(_page.Locator("[data-ecster-status]")).ToHaveTextAsync(FlowText("Hint.ChooseOption"));
        Assert.That(await _page.Locator("[data-ecster-total]").InnerTextAsync(), Does.Contain("1").And.Contain("250"));

        // The shopper picks the second option; nopCommerce's form then posts it, and the order is placed with it.
        await radios.Nth(1).CheckAsync();
        await Screenshots.TakeAsync(_page, "checkout-options", Screenshots.Desktop, step);
        await Screenshots.TakeAsync(_page, "checkout-options", Screenshots.Phone);
        var chosen = await radios.Nth(1).GetAttributeAsync("value");
        var (_, result) = await _harness.ChooseAndPlaceAsync(chosen!);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.AuthorizationTransactionId, Does.StartWith("ECS-"));
        Assert.That(await _page.ContentAsync(), Does.Not.Contain("198112189801").And.Not.Contain("qrStartSecret"));
    }

    [Test]
    public async Task A_shopper_who_cancels_in_the_BankID_app_is_told_so_and_can_try_again()
    {
        await _page.FillAsync("[data-ecster-personal-number]", "19900101-9802");
        await _page.ClickAsync("[data-ecster-start='other']");

        await Assertions.Expect(_page.Locator("[data-ecster-status]")).ToHaveTextAsync(FlowText("Hint.userCancel"), new() { Timeout = 15_000 });
        await Assertions.Expect(_page.Locator("[data-ecster-retry]")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("[data-ecster-options]")).ToBeHiddenAsync();

        await _page.ClickAsync("[data-ecster-retry]");
        await Assertions.Expect(_page.Locator("[data-ecster-identify]")).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_malformed_personal_number_gets_a_clear_message_and_no_BankID_order()
    {
        var startsBefore = _fixture.Sandbox.Inspector.RequestCount("/identifications/bankid", "POST");
        await _page.FillAsync("[data-ecster-personal-number]", "19811218-9800");
        await _page.ClickAsync("[data-ecster-start='same']");

        await Assertions.Expect(_page.Locator("[data-ecster-status]")).ToContainTextAsync("not a valid Swedish personal identity number");
        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/identifications/bankid", "POST"), Is.EqualTo(startsBefore));
    }
}
