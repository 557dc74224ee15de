using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Ecster.Integration.Tests.Browser.Host;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The admin order panel in a real browser, rendered by the plugin's view component on the store's order page: a store
/// order's debit consent signed with BankID from the panel. Behind the panel's URLs run the plugin's real consent
/// service and the sandbox; the answers go back as nopCommerce's Json() writes them (PascalCase).
/// </summary>
[Category("Browser")]
public class OrderPanelTests
{
    private BackOfficeHarness _h = null!;
    private NopOrder _order = null!;
    private string _ecsterOrderId = null!;
    private StoreHost _host = null!;
    private ChromiumPage _chromium = null!;
    private IPage _page = null!;
    private readonly List<string> _posts = [];
    private int _pageLoads;

    [SetUp]
    public async Task SetUp()
    {
        _h = await BackOfficeHarness.StartAsync();
        var (order, ecster) = await _h.PlaceOrderAsync(1_000m, Channel.Store);
        (_order, _ecsterOrderId) = (order, ecster.Id);
        _host = await AdminStore.StartAsync(_h);
        _chromium = await ChromiumPage.StartAsync();
        _page = _chromium.Page;
        _page.Dialog += (_, dialog) => dialog.AcceptAsync();
        _page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Url.Contains(AdminStore.OrderPage(_order.Id), StringComparison.Ordinal))
                Interlocked.Increment(ref _pageLoads);
        };

        var consents = _h.NewConsents();
        await _page.RouteAsync("**/Admin/EcsterOrder/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var form = System.Web.HttpUtility.ParseQueryString(route.Request.PostData ?? "");
            lock (_posts)
                _posts.Add($"{path} token={form["__RequestVerificationToken"]}");
            object answer = path switch
            {
                _ when path.StartsWith("/Admin/EcsterOrder/StartConsent", StringComparison.Ordinal) => await consents.StartBankIdAsync(_order),
                _ when path.StartsWith("/Admin/EcsterOrder/CollectConsent", StringComparison.Ordinal) => await consents.CollectAsync(_order, form["signatureId"]!),
                _ => new { success = false, error = "unknown action" }
            };
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200, ContentType = "application/json", Body = JsonConvert.SerializeObject(answer)
            });
        });
        await _page.GotoAsync(_host.Url(AdminStore.OrderPage(_order.Id)).ToString());
        await Assertions.Expect(_page.Locator(".ecster-order-panel[data-ecster-ready='true']")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
    }

    [TearDown]
    public async Task TearDown()
    {
        while (_host.Errors.TryDequeue(out var error))
            TestContext.Out.WriteLine(error);
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Test]
    public async Task A_BankID_consent_started_from_the_panel_shows_its_status_and_link_polls_and_reloads_once_signed()
    {
        var panel = _page.Locator(".ecster-order-panel");
        await Screenshots.TakeAsync(_page, "admin-order-panel", Screenshots.Desktop, panel);
        await _page.ClickAsync(".ecster-start-consent");

        // Ecster's signature carries a status and a startURL, no QR data (docs §8): the panel shows both, no QR code.
        await Assertions.Expect(_page.Locator(".ecster-consent-progress")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator(".ecster-consent-status")).ToContainTextAsync(SignatureStatus.OutstandingTransaction);
        await Assertions.Expect(_page.Locator(".ecster-consent-autostart")).ToBeVisibleAsync();
        Assert.That(await _page.Locator(".ecster-consent-autostart").GetAttributeAsync("href"), Does.StartWith("bankid:///?autostarttoken="));
        Assert.That(await _page.Locator(".ecster-consent-qr").CountAsync(), Is.Zero);
        await Screenshots.TakeAsync(_page, "admin-order-panel-consent", Screenshots.Desktop, panel);

        // The sandbox signs after two pending polls, two seconds apart; then the panel reloads the order page.
        for (var waited = 0; Volatile.Read(ref _pageLoads) < 2 && waited < 200; waited++)
            await Task.Delay(100);

        Assert.That(_pageLoads, Is.EqualTo(2), "the panel reloaded the order page once the consent was signed");
        Assert.That(_h.Fixture.Sandbox.Inspector.FindOrder(_ecsterOrderId)!.DebitConsent.Status, Is.EqualTo("SIGNED"));
        // The reloaded panel reads the plugin's own record (Ecster's order shows no consent): signed, nothing to start.
        await Assertions.Expect(_page.Locator(".ecster-order-panel")).ToContainTextAsync("SIGNED");
        Assert.That(await _page.Locator(".ecster-start-consent").CountAsync(), Is.Zero);
        lock (_posts)
        {
            Assert.That(_posts[0], Is.EqualTo($"/Admin/EcsterOrder/StartConsent/{_order.Id} token={AdminStore.Token}"));
            Assert.That(_posts.Skip(1), Has.All.EqualTo($"/Admin/EcsterOrder/CollectConsent/{_order.Id} token={AdminStore.Token}"));
            Assert.That(_posts, Has.Count.GreaterThanOrEqualTo(3));
        }
    }
}
