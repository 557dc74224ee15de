using Ecster.Client.Models;
using Ecster.Integration.Tests.BackOffice;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Nop.Plugin.Payments.Ecster.Tests;
using NopOrder = Nop.Core.Domain.Orders.Order;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The admin order panel's script (Content/ecster-admin.js) in a real browser: a store order's debit consent signed
/// with BankID from the panel. Behind the panel's URLs run the plugin's real consent service and the sandbox; the
/// answers go back as nopCommerce's Json() writes them (PascalCase).
/// </summary>
[Category("Browser")]
public class OrderPanelScriptTests
{
    private const string Admin = "http://admin.test";
    private const string Token = "antiforgery-token-1";

    private BackOfficeHarness _h = null!;
    private NopOrder _order = null!;
    private string _ecsterOrderId = null!;
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
        _chromium = await ChromiumPage.StartAsync();
        _page = _chromium.Page;
        _page.Dialog += (_, dialog) => dialog.AcceptAsync();

        var script = File.ReadAllText(RepoPaths.Combine("Content", "ecster-admin.js"));
        var consents = _h.NewConsents();
        await _page.RouteAsync(Admin + "/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (path == "/Admin/Order/Edit")
            {
                Interlocked.Increment(ref _pageLoads);
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = OrderPage() });
                return;
            }
            if (path.EndsWith("ecster-admin.js", StringComparison.Ordinal))
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = script });
                return;
            }

            var form = System.Web.HttpUtility.ParseQueryString(route.Request.PostData ?? "");
            lock (_posts)
                _posts.Add($"{path} token={form["__RequestVerificationToken"]}");
            object answer = path switch
            {
                "/Admin/EcsterOrder/StartConsent" => await consents.StartBankIdAsync(_order, "203.0.113.7"),
                "/Admin/EcsterOrder/CollectConsent" => await consents.CollectAsync(_order, form["consentId"]!),
                _ => new { success = false, error = "unknown action" }
            };
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200, ContentType = "application/json", Body = JsonConvert.SerializeObject(answer)
            });
        });
        await _page.GotoAsync(Admin + "/Admin/Order/Edit");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _chromium.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Test]
    public void The_test_page_uses_the_markup_of_the_real_view()
    {
        var view = File.ReadAllText(RepoPaths.Combine("Views", "Admin", "OrderPanel.cshtml"));
        foreach (var part in new[]
                 {
                     "ecster-order-panel", "data-start-consent-url=", "data-collect-consent-url=", "ecster-start-consent",
                     "ecster-consent-progress", "ecster-consent-qr", "ecster-consent-autostart", "ecster-consent-status"
                 })
            Assert.That(view, Does.Contain(part), "the page below must stay what the view renders");
    }

    [Test]
    public async Task A_BankID_consent_started_from_the_panel_shows_the_QR_code_polls_and_reloads_once_signed()
    {
        await _page.ClickAsync(".ecster-start-consent");

        var qr = _page.Locator(".ecster-consent-qr");
        await Assertions.Expect(_page.Locator(".ecster-consent-progress")).ToBeVisibleAsync();
        await Assertions.Expect(qr).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/svg\\+xml;base64,"));
        await Assertions.Expect(_page.Locator(".ecster-consent-status")).ToContainTextAsync(DebitConsentStatus.Pending);
        Assert.That(await _page.Locator(".ecster-consent-autostart").GetAttributeAsync("href"), Does.StartWith("bankid:///?autostarttoken="));
        Assert.That(await qr.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the SVG decodes to an image");

        // The sandbox signs after two pending polls, two seconds apart; then the panel reloads the order page.
        for (var waited = 0; Volatile.Read(ref _pageLoads) < 2 && waited < 200; waited++)
            await Task.Delay(100);

        Assert.That(_pageLoads, Is.EqualTo(2), "the panel reloaded the order page once the consent was signed");
        Assert.That(_h.Fixture.Sandbox.Inspector.FindOrder(_ecsterOrderId)!.DebitConsent.Status, Is.EqualTo(DebitConsentStatus.Signed));
        lock (_posts)
        {
            Assert.That(_posts[0], Is.EqualTo($"/Admin/EcsterOrder/StartConsent token={Token}"));
            Assert.That(_posts.Skip(1), Has.All.EqualTo($"/Admin/EcsterOrder/CollectConsent token={Token}"));
            Assert.That(_posts, Has.Count.GreaterThanOrEqualTo(3));
        }
    }

    /// <summary>The consent part of what OrderPanel.cshtml renders (checked above), inside nopCommerce's order form.</summary>
    private static string OrderPage() => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Order</title></head>
        <body><form method="post">
        <input name="__RequestVerificationToken" type="hidden" value="{{Token}}" />
        <div class="card card-default ecster-order-panel"
             data-resolve-url="/Admin/EcsterOrder/Resolve/1"
             data-start-consent-url="/Admin/EcsterOrder/StartConsent"
             data-collect-consent-url="/Admin/EcsterOrder/CollectConsent"
             data-paper-consent-url="/Admin/EcsterOrder/PaperConsent"
             data-paper-confirm="Signed on paper?">
          <button type="button" class="ecster-start-consent">Start BankID consent</button>
          <div class="ecster-consent-progress" hidden>
            <img class="ecster-consent-qr" width="240" height="240" alt="QR" />
            <a class="ecster-consent-autostart" href="#">Open BankID</a>
            <p class="ecster-consent-status"></p>
          </div>
        </div>
        </form>
        <script src="/Plugins/Payments.Ecster/Content/ecster-admin.js"></script>
        </body></html>
        """;
}
