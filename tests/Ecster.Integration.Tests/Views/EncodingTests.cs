using Ecster.Integration.Tests.Browser.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Models.Public;
using Nop.Plugin.Payments.Ecster.Services.BackOffice.Ledger;

namespace Ecster.Integration.Tests.Views;

/// <summary>
/// Values from Ecster reach the plugin's pages encoded, through the views as the store renders them: nopCommerce's
/// T() formats its arguments into the resource and returns HTML, so an argument must be encoded before it goes in;
/// and a link from Ecster becomes an href only with a scheme a page may carry (https; bankid for the BankID app).
/// </summary>
[Category("Views")]
public class EncodingTests
{
    private const string Markup = "<img src=x onerror=alert(1)>";
    private StoreHost _store = null!;
    private object _model = null!;
    private string _view = null!;

    [OneTimeSetUp]
    public async Task StartStore() =>
        _store = await StoreHost.StartAsync(new StoreOptions(), PluginViewFolder.ForRendering(), endpoints: app =>
            app.MapGet("/view", async Task<IResult> (HttpContext http) => Results.Content(await StorePages.ViewAsync(http, _view, _model), "text/html")));

    [OneTimeTearDown]
    public async Task StopStore() => await _store.DisposeAsync();

    private async Task<string> RenderAsync(string view, object model)
    {
        (_view, _model) = ($"~{PluginViewFolder.ViewsPath}/{view}", model);
        using var http = new HttpClient();
        var answer = await http.GetAsync(_store.Url("view"));
        Assert.That((int)answer.StatusCode, Is.EqualTo(200), string.Join("\n", _store.Errors));
        return await answer.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task The_order_panel_encodes_Ecsters_error_code_and_request_id_inside_its_localised_message()
    {
        var html = await RenderAsync("Admin/OrderPanel.cshtml", new OrderPanelModel
        {
            OrderId = 1,
            EcsterOrderId = "ECS-1",
            EcsterError = $"Ecster answered {Markup} (request <script>alert(2)</script>)"
        });

        Assert.That(html, Does.Contain("Ecster could not be read: Ecster answered &lt;img src=x onerror=alert(1)&gt;"));
        Assert.That(html, Does.Not.Contain(Markup).And.Not.Contain("<script>alert(2)"));
    }

    [Test]
    public async Task The_order_panel_encodes_every_value_from_Ecster_and_the_ledger()
    {
        var html = await RenderAsync("Admin/OrderPanel.cshtml", new OrderPanelModel
        {
            OrderId = 1,
            EcsterOrderId = "ECS-" + Markup,
            Status = Markup, Option = Markup, Consumer = Markup,
            Entries = [new LedgerEntry { Reference = Markup, EcsterTransactionId = Markup, Error = Markup, Trigger = Markup }]
        });

        Assert.That(html, Does.Not.Contain(Markup));
        Assert.That(html, Does.Contain("&lt;img src=x onerror=alert(1)&gt;"));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("data:text/html,<b>x</b>")]
    [TestCase("http://ecster.example/terms")]
    [TestCase("/relative/terms")]
    public async Task The_terms_view_drops_a_link_from_Ecster_that_is_not_https(string url)
    {
        var html = await RenderAsync("Public/_Terms.cshtml", new TermsViewModel { Price = 1_000m, EcsterTermsUrl = url });

        Assert.That(html, Does.Not.Contain("href="));
    }

    [Test]
    public async Task The_terms_view_links_Ecsters_https_terms_page_encoded()
    {
        var html = await RenderAsync("Public/_Terms.cshtml", new TermsViewModel { Price = 1_000m, EcsterTermsUrl = "https://www.ecster.se/villkor?a=1&b=\"2\"" });

        Assert.That(html, Does.Contain("href=\"https://www.ecster.se/villkor?a=1&amp;b=&quot;2&quot;\""));
    }
}
