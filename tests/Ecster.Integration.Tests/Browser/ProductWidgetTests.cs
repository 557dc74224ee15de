using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Configuration;
using Nop.Plugin.Payments.Ecster.Tests;
using Ecster.Integration.Tests.Browser.Host;
using Nop.Services.Logging;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The product-page widget in a real browser, on a product page the plugin's view component renders as a store does,
/// with the sandbox's terms as the plugin caches them: when product attributes change the price (nopCommerce's
/// product_attributes_changed event, through the store's jQuery), the page recomputes "from N kr/month" itself, and
/// that figure must be the one the server would have rendered; the terms dialog shows the plugin's real terms view
/// for the price shown, as a modal a keyboard can use.
/// </summary>
[Category("Browser")]
public class ProductWidgetTests : StoreBrowserTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private TermsSnapshot _terms = null!;
    private readonly List<string> _termsRequests = [];

    private protected override Task<SandboxFixture> StartSandboxAsync() => SandboxFixture.StartAsync();

    private protected override async Task<StoreHost> StartStoreAsync(SandboxFixture sandbox)
    {
        _terms = (await SandboxTermsAsync(sandbox))!;
        return await ProductStore.StartAsync(_terms, Mock.Of<ILogger>());
    }

    [SetUp]
    public Task OpenProduct()
    {
        _termsRequests.Clear();
        return OpenAsync(ProductStore.ProductPage, ".ecster-monthly-cost[data-ecster-ready='true']", page => page.Request += (_, request) =>
        {
            if (request.Url.Contains(TermsPath, StringComparison.Ordinal))
                _termsRequests.Add(new Uri(request.Url).Query);
        });
    }

    private const string TermsPath = "/Plugins/PaymentEcster/Terms";

    [Test]
    public async Task ThePage_shows_the_servers_figure_for_the_products_price()
    {
        var expected = _terms.LowestMonthlyAmount(ProductStore.Price)!.Value.WholeKronor.ToString("N0", Swedish);
        await Assertions.Expect(Page.Locator(".ecster-monthly-cost__amount")).ToHaveTextAsync(expected);
        await Assertions.Expect(Page.Locator(".ecster-monthly-cost__open")).ToHaveCSSAsync("text-decoration-line", "underline");
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

        // nopCommerce triggers product_attributes_changed with the new price formatted for the shopper.
        var formatted = prices.Select(p => p.ToString("N2", Swedish) + " kr").ToArray();
        var shown = await Page.EvaluateAsync<JsonElement>("""
            prices => prices.map(price => {
              jQuery(document).trigger({ type: 'product_attributes_changed', changedData: { price } });
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
    public async Task The_terms_dialog_is_a_modal_for_the_price_shown_that_a_keyboard_opens_and_closes()
    {
        await Page.EvaluateAsync("() => jQuery(document).trigger({ type: 'product_attributes_changed', changedData: { price: '24 990,00 kr' } })");
        await Screenshots.TakeAsync(Page, "product-widget", Screenshots.Phone);
        await Page.FocusAsync(".ecster-monthly-cost__open");
        await Page.Keyboard.PressAsync("Enter");

        var dialog = Page.Locator("dialog.ecster-terms-dialog");
        await Assertions.Expect(dialog.Locator("table.ecster-terms tbody tr").First).ToBeVisibleAsync();
        Assert.That(await dialog.EvaluateAsync<bool>("d => d.open && d.matches(':modal')"), Is.True, "opened as a modal");
        Assert.That(_termsRequests, Is.EqualTo(new[] { "?price=24990" }), "the dialog asks for the terms of the price on the page");
        await Assertions.Expect(Page.Locator(".ecster-terms-dialog__close")).ToBeFocusedAsync();
        // Centred (the theme's reset takes every element's margin away; the plugin's styles give it back).
        var box = (await dialog.BoundingBoxAsync())!;
        var width = await Page.EvaluateAsync<double>("() => window.innerWidth");
        Assert.That(Math.Abs(box.X + box.Width / 2 - width / 2), Is.LessThan(2), "the dialog is centred");
        await Screenshots.TakeAsync(Page, "product-terms-dialog", Screenshots.Desktop);
        await Screenshots.TakeAsync(Page, "product-terms-dialog", Screenshots.Phone);

        await Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(Page.Locator(".ecster-monthly-cost__open")).ToBeFocusedAsync();
    }

    [Test]
    public async Task Both_close_buttons_close_the_dialog_without_a_post_and_its_forms_carry_no_antiforgery_token()
    {
        var posts = new List<string>();
        Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
                posts.Add(request.Url);
        };
        var dialog = Page.Locator("dialog.ecster-terms-dialog");
        foreach (var button in new[] { ".ecster-terms-dialog__footer button", ".ecster-terms-dialog__close" })
        {
            await Page.ClickAsync(".ecster-monthly-cost__open");
            await Assertions.Expect(dialog.Locator("table.ecster-terms tbody tr").First).ToBeVisibleAsync();
            await dialog.Locator(button).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
        }

        Assert.That(posts, Is.Empty, "closing the dialog posts nothing");
        // ASP.NET Core's form tag helper would add a token to a method="dialog" form (it adds one to every form that is
        // not GET): a token per product page view, for forms that never post.
        Assert.That(await dialog.Locator("form[method='dialog']").CountAsync(), Is.EqualTo(2));
        Assert.That(await dialog.Locator("input[name='__RequestVerificationToken']").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task A_failing_terms_answer_hides_the_widget()
    {
        await Page.RouteAsync("**" + TermsPath + "*", route => route.FulfillAsync(new RouteFulfillOptions { Status = 204 }));
        await Page.ClickAsync(".ecster-monthly-cost__open");
        await Assertions.Expect(Page.Locator(".ecster-monthly-cost")).ToBeHiddenAsync();
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
