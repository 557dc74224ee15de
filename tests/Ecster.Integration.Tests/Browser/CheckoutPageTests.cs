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
public class CheckoutPageTests : StoreBrowserTests
{
    private CheckoutHarness _harness = null!;

    private protected override Task<SandboxFixture> StartSandboxAsync() =>
        SandboxFixture.StartAsync(new SandboxOptions { BankIdPendingPolls = 2, PollTime = TimeSpan.FromMilliseconds(1500) });

    private protected override Task<StoreHost> StartStoreAsync(SandboxFixture sandbox)
    {
        _harness = new CheckoutHarness(sandbox, storeTexts: English);
        return CheckoutStore.StartAsync(_harness);
    }

    // The step's script started: it shows the identification part, which the view renders hidden.
    [SetUp]
    public Task OpenCheckout() => OpenAsync(CheckoutStore.OnePageCheckout, "[data-ecster-identify]");

    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");

    /// <summary>What the shopper reads: the plugin's English text.</summary>
    private static string FlowText(string name) => English["Plugins.Payments.Ecster.Checkout." + name];

    [Test]
    public async Task BankID_on_another_device_waits_for_BankID_on_the_phone_then_shows_the_options_for_the_exact_total()
    {
        var step = Page.Locator(".checkout-page");
        await Screenshots.TakeAsync(Page, "checkout-identify", Screenshots.Desktop, step);
        await Screenshots.TakeAsync(Page, "checkout-identify", Screenshots.Phone);
        await Page.FillAsync("[data-ecster-personal-number]", "19811218-9801");
        await Page.ClickAsync("[data-ecster-start='other']");

        // While BankID is pending the shopper is told to open BankID on their phone: no link, no QR code (Ecster has none).
        await Assertions.Expect(Page.Locator("[data-ecster-bankid]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-ecster-status]")).ToHaveTextAsync(FlowText("Hint.OpenOnPhone"));
        await Assertions.Expect(Page.Locator("[data-ecster-autostart]")).ToBeHiddenAsync();
        Assert.That(await Page.Locator("[data-ecster-checkout] img, [data-ecster-checkout] svg").CountAsync(), Is.Zero);
        await Screenshots.TakeAsync(Page, "checkout-bankid-phone", Screenshots.Phone);
        await Assertions.Expect(Page.Locator("[data-ecster-options]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var radios = Page.Locator($"input[type=radio][name='{EcsterDefaults.Checkout.OptionFormField}']");
        Assert.That(await radios.CountAsync(), Is.GreaterThanOrEqualTo(2));
        await Assertions.Expect(Page.Locator("[data-ecster-status]")).ToHaveTextAsync(FlowText("Hint.ChooseOption"));
        Assert.That(await Page.Locator("[data-ecster-total]").InnerTextAsync(), Does.Contain("1").And.Contain("250"));

        // The shopper picks the second option; nopCommerce's form then posts it, and the order is placed with it.
        await radios.Nth(1).CheckAsync();
        await Screenshots.TakeAsync(Page, "checkout-options", Screenshots.Desktop, step);
        await Screenshots.TakeAsync(Page, "checkout-options", Screenshots.Phone);
        var chosen = await radios.Nth(1).GetAttributeAsync("value");
        var (_, result) = await _harness.ChooseAndPlaceAsync(chosen!);
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.AuthorizationTransactionId, Does.StartWith("ECS-"));
        Assert.That(await Page.ContentAsync(), Does.Not.Contain("198112189801").And.Not.Contain("8112189801"));
    }

    [Test]
    public async Task A_shopper_who_cancels_in_the_BankID_app_is_told_so_and_can_try_again()
    {
        await Page.FillAsync("[data-ecster-personal-number]", "19900101-9802");
        await Page.ClickAsync("[data-ecster-start='other']");

        await Assertions.Expect(Page.Locator("[data-ecster-status]")).ToHaveTextAsync(FlowText("Hint.userCancel"), new() { Timeout = 15_000 });
        await Assertions.Expect(Page.Locator("[data-ecster-retry]")).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("[data-ecster-options]")).ToBeHiddenAsync();

        await Page.ClickAsync("[data-ecster-retry]");
        await Assertions.Expect(Page.Locator("[data-ecster-identify]")).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_malformed_personal_number_gets_a_clear_message_and_no_BankID_order()
    {
        var startsBefore = Fixture.Sandbox.Inspector.RequestCount("/identification/eid", "POST");
        await Page.FillAsync("[data-ecster-personal-number]", "19811218-9800");
        await Page.ClickAsync("[data-ecster-start='same']");

        await Assertions.Expect(Page.Locator("[data-ecster-status]")).ToContainTextAsync("not a valid Swedish personal identity number");
        Assert.That(Fixture.Sandbox.Inspector.RequestCount("/identification/eid", "POST"), Is.EqualTo(startsBefore));
    }

    /// <summary>A link in an answer opens the BankID app only with a scheme that can: a javascript: link (a broken or
    /// hostile answer) is neither shown nor followed.</summary>
    [TestCase("javascript:document.title='run'", false)]
    [TestCase("bankid:///?autostarttoken=7c40b5c9&redirect=null", true)]
    public async Task Only_a_bankid_or_https_link_from_an_answer_becomes_the_Open_BankID_link(string link, bool shown)
    {
        var start = await Page.Locator("[data-ecster-checkout]").GetAttributeAsync("data-start-url");
        await Page.RouteAsync("**" + start, route => route.FulfillAsync(new Microsoft.Playwright.RouteFulfillOptions
        {
            Status = 200, ContentType = "application/json",
            Body = System.Text.Json.JsonSerializer.Serialize(new { status = "pending", message = "Open BankID", autoStartUrl = link })
        }));
        var title = await Page.TitleAsync();
        await Page.FillAsync("[data-ecster-personal-number]", "19811218-9801");

        await Page.ClickAsync("[data-ecster-start='same']");

        await Assertions.Expect(Page.Locator("[data-ecster-bankid]")).ToBeVisibleAsync();
        var autostart = Page.Locator("[data-ecster-autostart]");
        if (shown)
            await Assertions.Expect(autostart).ToHaveAttributeAsync("href", link);
        else
            await Assertions.Expect(autostart).ToBeHiddenAsync();
        Assert.That(await Page.TitleAsync(), Is.EqualTo(title), "no script ran from the link");
    }

    /// <summary>The page collects after the wait Ecster asked for (pollTime), held to 1.5-10 s whatever an answer says,
    /// sends the personal number along (the server keeps it nowhere), and never collects twice at once.</summary>
    [TestCase(4000, 4000)]
    [TestCase(10, 1500)]
    [TestCase(600_000, 10_000)]
    public async Task The_page_collects_at_Ecsters_poll_time_within_bounds(int pollAfterMs, int expectedMs)
    {
        var root = Page.Locator("[data-ecster-checkout]");
        var start = await root.GetAttributeAsync("data-start-url");
        var collect = await root.GetAttributeAsync("data-collect-url");
        var pending = System.Text.Json.JsonSerializer.Serialize(new { status = "pending", message = "Waiting", pollAfterMs });
        var collects = new List<string>();
        await Page.RouteAsync("**" + start, route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = pending }));
        // Each answer says which collect it answers: once the page shows it, the page has also set its next timer
        // (both happen in the one callback), so the fake clock is moved only after that, however slow the machine.
        await Page.RouteAsync("**" + collect, route =>
        {
            collects.Add(route.Request.PostData ?? "");
            var answer = System.Text.Json.JsonSerializer.Serialize(new { status = "pending", message = $"Waiting {collects.Count}", pollAfterMs });
            return route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = answer });
        });
        // A paused fake clock: only RunFor moves the page's timers, however slow the machine is.
        var t0 = new DateTime(2030, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        await Page.Clock.InstallAsync(new() { TimeDate = t0 });
        await Page.Clock.PauseAtAsync(t0.AddSeconds(1));
        await Page.FillAsync("[data-ecster-personal-number]", "19811218-9801");
        await Page.ClickAsync("[data-ecster-start='other']");
        await Assertions.Expect(Page.Locator("[data-ecster-bankid]")).ToBeVisibleAsync();

        await Page.Clock.RunForAsync(expectedMs - 100);
        Assert.That(collects, Is.Empty, "not before the wait");
        await Page.Clock.RunForAsync(200);
        await WaitForAsync(() => collects.Count == 1);
        await Assertions.Expect(Page.Locator("[data-ecster-status]")).ToHaveTextAsync("Waiting 1");
        await Page.Clock.RunForAsync(expectedMs - 100);
        Assert.That(collects, Has.Count.EqualTo(1), "not before the wait");
        await Page.Clock.RunForAsync(200);
        await WaitForAsync(() => collects.Count == 2);
        Assert.That(collects[0], Does.Contain("personalNumber=19811218-9801"));
    }

    /// <summary>Staff placing an order for a customer read the document's type, number and expiry month/year; the
    /// ticket is made in person straight from them, and the options follow.</summary>
    [Test]
    public async Task Staff_identify_the_customer_by_document_type_number_and_expiry_then_see_the_options()
    {
        _harness.Staff = new Nop.Core.Domain.Customers.Customer { Id = 17 };
        try
        {
            await OpenAsync(CheckoutStore.OnePageCheckout, "[data-ecster-id-document]");
            var (ticketsBefore, eidsBefore) = (Fixture.Sandbox.Inspector.RequestCount("/identification/tickets", "POST"),
                Fixture.Sandbox.Inspector.RequestCount("/identification/eid", "POST"));
            var form = Page.Locator("[data-ecster-id-document]");
            await form.Locator("[data-field='personalNumber']").FillAsync("19811218-9801");
            await form.Locator("[data-field='documentType']").SelectOptionAsync("ID_CARD");
            await form.Locator("[data-field='documentNumber']").FillAsync("AB123456");
            await form.Locator("[data-field='expiryMonth']").FillAsync("12");
            await form.Locator("[data-field='expiryYear']").FillAsync("2035");
            await form.Locator("[data-field='staffChecked']").CheckAsync();
            await Page.ClickAsync("[data-ecster-id-document-submit]");

            await Assertions.Expect(Page.Locator("[data-ecster-options]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            Assert.That(Fixture.Sandbox.Inspector.RequestCount("/identification/tickets", "POST"), Is.EqualTo(ticketsBefore + 1));
            Assert.That(Fixture.Sandbox.Inspector.RequestCount("/identification/eid", "POST"), Is.EqualTo(eidsBefore), "a document is no identification call");
        }
        finally
        {
            // The next test's shopper starts unidentified (a live ticket would show the options again).
            _harness.Staff = null;
            await _harness.States.ClearAsync(_harness.Store.Id, _harness.Customer.Id);
        }
    }

    // The route handler runs on Playwright's connection; give it real time to see a request the fake clock released.
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
            await Task.Delay(50);
        Assert.That(condition(), Is.True);
    }
}
