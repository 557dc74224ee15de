using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Configuration;
using Nop.Plugin.Payments.Ecster.Tests;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The product-page widget's script (Content/ecster-terms.js) in a real browser, with the sandbox's terms as the
/// plugin caches them: when product attributes change the price, the page recomputes "from N kr/month" itself,
/// and that figure must be the one the server would have rendered; the terms dialog is fetched for the shown price.
/// </summary>
[Category("Browser")]
public class ProductWidgetScriptTests
{
    private const string Shop = "http://shop.test";
    private const string TermsPath = "/Plugins/PaymentEcster/Terms";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private SandboxFixture _fixture = null!;
    private TermsSnapshot _terms = null!;
    private ChromiumPage _chromium = null!;
    private IPage _page = null!;
    private readonly List<string> _termsRequests = [];
    private int _termsStatus = 200;

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        _terms = (await SandboxTermsAsync(_fixture))!;
        _chromium = await ChromiumPage.StartAsync();
        _page = _chromium.Page;

        // The shop is this test: the product page, the plugin's script file and the terms endpoint.
        var script = File.ReadAllText(RepoPaths.Combine("Content", "ecster-terms.js"));
        await _page.RouteAsync(Shop + "/**", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.AbsolutePath == "/product")
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = ProductPage() });
            else if (url.AbsolutePath.EndsWith("ecster-terms.js", StringComparison.Ordinal))
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/javascript", Body = script });
            else if (url.AbsolutePath == TermsPath)
            {
                _termsRequests.Add(url.Query);
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = _termsStatus, ContentType = "text/html", Body = _termsStatus == 200 ? "<p class=\"terms\">Villkor</p>" : ""
                });
            }
            else
                await route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
        });
        await _page.GotoAsync(Shop + "/product");
    }

    [TearDown]
    public async Task TearDown()
    {
        await _chromium.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Test]
    public void The_test_page_uses_the_markup_of_the_real_view()
    {
        var view = File.ReadAllText(RepoPaths.Combine("Views", "Public", "MonthlyCost.cshtml"));
        foreach (var part in new[]
                 {
                     "class=\"ecster-monthly-cost\"", "data-price=", "data-factors=", "data-terms-url=", "data-follow-attributes=",
                     "ecster-monthly-cost__open", "ecster-monthly-cost__amount", "<dialog", "ecster-terms-dialog__body", "ecster-terms.js"
                 })
            Assert.That(view, Does.Contain(part), "the page below must stay what the view renders");
    }

    [Test]
    public async Task A_price_changed_by_attributes_shows_the_same_monthly_figure_the_server_computes()
    {
        var random = new Random(20261125);
        var prices = new List<decimal>();
        for (var i = 0; i < 2_000; i++)
            prices.Add(random.Next(100, 30_000_000) / 100m);
        // Every term's limits and the öre either side of them: where a term starts or stops being offered.
        foreach (var factor in _terms.PageFactors)
            foreach (var limit in new[] { factor.MinAmount, factor.MaxAmount }.Where(l => l > 0))
                prices.AddRange([limit - 0.01m, limit, limit + 0.01m]);

        // nopCommerce's product_attributes_changed event carries the new price formatted for the shopper.
        var formatted = prices.Select(p => p.ToString("N2", Swedish) + " kr").ToArray();
        var shown = await _page.EvaluateAsync<JsonElement>("""
            prices => prices.map(price => {
              window.__ecsterHandlers.forEach(h => h({ changedData: { price } }));
              const widget = document.querySelector('.ecster-monthly-cost');
              return widget.hidden ? null : widget.querySelector('.ecster-monthly-cost__amount').textContent;
            })
            """, formatted);

        var mismatches = new List<string>();
        for (var i = 0; i < prices.Count; i++)
        {
            var expected = _terms.LowestMonthlyAmount(prices[i])?.WholeKronor;
            var text = shown[i].ValueKind == JsonValueKind.Null ? null : shown[i].GetString();
            var actual = text is null ? (decimal?)null : decimal.Parse(new string(text.Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);
            if (actual != expected)
                mismatches.Add($"{prices[i]} kr: page {text ?? "hidden"}, server {expected?.ToString() ?? "none"}");
        }

        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(10)));
    }

    [Test]
    public async Task The_terms_dialog_is_fetched_for_the_price_shown_and_a_failure_hides_the_widget()
    {
        await _page.EvaluateAsync("() => window.__ecsterHandlers.forEach(h => h({ changedData: { price: '24 990,00 kr' } }))");
        await _page.ClickAsync(".ecster-monthly-cost__open");

        await Assertions.Expect(_page.Locator(".ecster-terms-dialog .terms")).ToHaveTextAsync("Villkor");
        Assert.That(await _page.Locator("dialog").EvaluateAsync<bool>("d => d.open"), Is.True);
        Assert.That(_termsRequests, Is.EqualTo(new[] { "?price=24990" }), "the dialog asks for the terms of the price on the page");

        await _page.ClickAsync("dialog button[type=submit]");
        _termsStatus = 204;
        await _page.ClickAsync(".ecster-monthly-cost__open");
        await Assertions.Expect(_page.Locator(".ecster-monthly-cost")).ToBeHiddenAsync();
    }

    /// <summary>What MonthlyCost.cshtml renders for a 12 499 kr product (its markup is checked above), with a
    /// stand-in for the one jQuery call the script makes: subscribing to nopCommerce's attribute event.</summary>
    private string ProductPage()
    {
        const decimal price = 12_499m;
        var teaser = _terms.LowestMonthlyAmount(price)!.Value;
        return $$"""
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Produkt</title>
            <script>
              window.__ecsterHandlers = [];
              window.jQuery = () => ({ on: (name, handler) => { if (name === 'product_attributes_changed') window.__ecsterHandlers.push(handler); } });
            </script></head>
            <body>
            <div class="ecster-monthly-cost"
                 data-price="{{price.ToString(CultureInfo.InvariantCulture)}}"
                 data-factors="{{System.Net.WebUtility.HtmlEncode(_terms.PageFactorsJson)}}"
                 data-terms-url="{{TermsPath}}"
                 data-follow-attributes="true">
              <button type="button" class="ecster-monthly-cost__open" aria-haspopup="dialog">
                från <span class="ecster-monthly-cost__amount">{{teaser.WholeKronor.ToString("N0", Swedish)}}</span> kr/mån
              </button>
              <dialog class="ecster-terms-dialog" aria-label="Villkor">
                <div class="ecster-terms-dialog__body" aria-live="polite"></div>
                <form method="dialog"><button type="submit">Stäng</button></form>
              </dialog>
            </div>
            <script src="/Plugins/Payments.Ecster/Content/ecster-terms.js"></script>
            </body></html>
            """;
    }

    /// <summary>The sandbox's terms through the plugin's own source, as the terms cache holds them.</summary>
    private static Task<TermsSnapshot?> SandboxTermsAsync(SandboxFixture fixture)
    {
        var settings = fixture.StoreSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(It.IsAny<int>())).ReturnsAsync(settings);
        return new EcsterTermsSource(new EcsterClientProvider(fixture.Factory, settingService.Object)).FetchAsync(1);
    }
}
