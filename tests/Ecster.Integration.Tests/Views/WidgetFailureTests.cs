using Ecster.Integration.Tests.Browser;
using Ecster.Integration.Tests.Browser.Host;
using Moq;
using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Services.Localization;
using Nop.Services.Logging;

namespace Ecster.Integration.Tests.Views;

/// <summary>
/// The monthly-cost widget never takes a product page down. In a store a widget's view is rendered inside the page
/// after its component returns, so a failure there (a view the store cannot compile, a text lookup that throws) or in
/// the component answers the whole page with HTTP 500 unless the widget contains it. Each failure here leaves the page
/// answering 200 without the widget, and goes to nopCommerce's log.
/// </summary>
[Category("Views")]
public class WidgetFailureTests
{
    private const string FromPerMonth = "Plugins.Payments.Ecster.Widget.FromPerMonth";

    private static readonly TermsSnapshot Terms = new(
        [new CreditTerm("PP24", "PART_PAYMENT", "24 månader", 24, 14.95m, 195m, 29m, 0m, 1_000m, 50_000m)], null, null, DateTimeOffset.UtcNow);

    private Mock<ILogger> _log = null!;

    [SetUp]
    public void NewLog() => _log = new Mock<ILogger>();

    private async Task<(int Status, string Body)> ProductPageAsync(StoreHost store)
    {
        await using (store)
        {
            using var http = new HttpClient();
            var answer = await http.GetAsync(store.Url(ProductStore.ProductPage));
            return ((int)answer.StatusCode, await answer.Content.ReadAsStringAsync());
        }
    }

    private void AssertLoggedOnce() =>
        _log.Verify(l => l.ErrorAsync(It.Is<string>(m => m.Contains("monthly-cost widget")), It.IsNotNull<Exception>(), null), Times.Once);

    [Test]
    public async Task A_working_widget_is_on_the_page()
    {
        var (status, body) = await ProductPageAsync(await ProductStore.StartAsync(Terms, _log.Object));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Does.Contain("class=\"ecster-monthly-cost\""));
        _log.VerifyNoOtherCalls();
    }

    [Test]
    public async Task A_widget_view_that_throws_while_rendering_leaves_the_page_answering_200()
    {
        var texts = StoreHost.Localization("sv-SE");
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .Returns((string key) => key == FromPerMonth ? throw new InvalidOperationException("resource lookup failed") : texts.GetResourceAsync(key));

        var (status, body) = await ProductPageAsync(await ProductStore.StartAsync(Terms, _log.Object, localization: localization.Object));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Does.Contain("Golvlampa Mässing").And.Not.Contain("ecster-monthly-cost\""));
        AssertLoggedOnce();
    }

    [Test]
    public async Task A_widget_view_the_store_cannot_compile_leaves_the_page_answering_200()
    {
        var (status, body) = await ProductPageAsync(await ProductStore.StartAsync(Terms, _log.Object,
            views: folder => folder.AddView("Public/MonthlyCost.cshtml", "<div class=\"ecster-monthly-cost\">@NotDeclaredAnywhere</div>")));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Does.Contain("Golvlampa Mässing").And.Not.Contain("ecster-monthly-cost"));
        AssertLoggedOnce();
    }

    [Test]
    public async Task A_widget_component_that_throws_leaves_the_page_answering_200()
    {
        var (status, body) = await ProductPageAsync(await ProductStore.StartAsync(Terms, _log.Object,
            products: products => products.Setup(p => p.GetProductByIdAsync(ProductStore.ProductId)).ThrowsAsync(new TimeoutException("database"))));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(body, Does.Contain("Golvlampa Mässing").And.Not.Contain("ecster-monthly-cost"));
        AssertLoggedOnce();
    }
}
