using System.Net;
using System.Text.RegularExpressions;
using Ecster.Client;
using Ecster.Integration.Tests.Browser.Host;
using Moq;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Services.Configuration;
using Nop.Services.Messages;

namespace Ecster.Integration.Tests.Browser;

/// <summary>
/// The configuration form posted over HTTP to the plugin's controller in the test store: the errors on the page come
/// from the plugin's validators, found and run by FluentValidation during model binding as in a store, in the admin's
/// language; nothing is saved and no typed key comes back.
/// </summary>
public partial class ConfigurePageValidationTests
{
    private const string TypedKey = "typed-secret-key-7777";

    private Mock<ISettingService> _settings = null!;
    private Mock<IEcsterClientFactory> _clients = null!;
    private EcsterSettings _stored = null!;
    private PluginViewFolder _views = null!;
    private StoreHost _store = null!;
    private HttpClient _http = null!;

    private async Task StartAsync(string culture, EcsterEnvironment storedFor = EcsterEnvironment.Test)
    {
        _settings = new Mock<ISettingService>();
        _clients = new Mock<IEcsterClientFactory>();
        _stored = new EcsterSettings { Environment = storedFor, ApiKey = "stored-api-key-0001-9876", MerchantKey = "stored-merchant-key-0002-5432" };
        _settings.Setup(s => s.LoadSettingAsync<EcsterSettings>(0)).ReturnsAsync(() => _stored);
        _views = PluginViewFolder.ForRendering();
        _store = await ConfigureStore.StartAsync(_views, _settings, new Mock<INotificationService>(), _clients, new StoreOptions { Culture = culture });
        // A browser: keeps the antiforgery cookie, shows a redirect as it is.
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _store.Address };
    }

    [TearDown]
    public async Task TearDown()
    {
        _http?.Dispose();
        if (_store is not null)
            await _store.DisposeAsync();
    }

    /// <summary>Opens the page for its antiforgery token, then posts the form's fields with it to an action of the page.</summary>
    private async Task<(HttpStatusCode Status, string Page)> PostAsync(string action, Dictionary<string, string> fields)
    {
        using var get = await _http.GetAsync(ConfigureStore.ConfigurePage);
        var page = await get.Content.ReadAsStringAsync();
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", _store.Errors));
        var token = Token().Match(page);
        Assert.That(token.Success, Is.True, "the page carries an antiforgery token: " + string.Join("\n", _store.Errors));
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);

        using var response = await _http.PostAsync(action, new FormUrlEncodedContent(fields));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Form(Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["EnvironmentId"] = ((int)EcsterEnvironment.Test).ToString(),
            ["SandboxBaseUrl"] = "",
            ["OfferInvoice"] = "true",
            ["MinOrderTotal"] = "0",
            ["MaxOrderTotal"] = "0",
            ["CaptureModeId"] = ((int)EcsterCaptureMode.OnAdminCapture).ToString(),
            ["ProductWidgetEnabled"] = "false",
            ["WidgetMinPrice"] = "0"
        };
        change?.Invoke(fields);
        return fields;
    }

    private static string Text(string culture, string key) =>
        EcsterLocaleResources.ForCulture(culture)["Plugins.Payments.Ecster.Admin.Validation." + key];

    /// <summary>The text of ASP.NET Core's validation message for a field, as asp-validation-for renders it; null when none.</summary>
    private static string? ErrorOn(string page, string field)
    {
        var match = Regex.Match(page, $"<span class=\"field-validation-error\" data-valmsg-for=\"{field}\" data-valmsg-replace=\"true\">([^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private bool AnythingSaved() => _settings.Invocations.Any(i => i.Method.Name.StartsWith("Save", StringComparison.Ordinal));

    [TestCase("en-US")]
    [TestCase("sv-SE")]
    public async Task An_invalid_form_comes_back_with_the_validators_errors_in_the_admins_language_and_nothing_saved(string culture)
    {
        await StartAsync(culture);

        var (status, page) = await PostAsync(ConfigureStore.ConfigurePage, Form(f =>
        {
            f["MinOrderTotal"] = "900";
            f["MaxOrderTotal"] = "500";
            f["OfferInvoice"] = "false";
            f["ApiKey"] = TypedKey;
        }));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the form is shown again, not saved and redirected: " + string.Join("\n", _store.Errors));
        Assert.That(ErrorOn(page, "MaxOrderTotal"), Is.EqualTo(Text(culture, "MinAboveMax")));
        Assert.That(ErrorOn(page, "OfferInvoice"), Is.EqualTo(Text(culture, "NoMethodOffered")));
        Assert.That(page, Does.Not.Contain(TypedKey), "a typed key is never sent back");
        Assert.That(AnythingSaved(), Is.False);
    }

    [Test]
    public async Task A_valid_form_is_saved_and_redirected()
    {
        await StartAsync("en-US");

        var (status, _) = await PostAsync(ConfigureStore.ConfigurePage, Form());

        Assert.That(status, Is.EqualTo(HttpStatusCode.Redirect), string.Join("\n", _store.Errors));
        Assert.That(AnythingSaved(), Is.True);
    }

    [Test]
    public async Task Test_connection_runs_only_the_connection_rules_and_never_sends_stored_keys_to_another_host()
    {
        await StartAsync("en-US", storedFor: EcsterEnvironment.Production);

        var (status, page) = await PostAsync(ConfigureStore.TestConnectionAction, Form(f =>
        {
            f["OfferInvoice"] = "false";
            f["EnvironmentId"] = ((int)EcsterEnvironment.Sandbox).ToString();
            f["SandboxBaseUrl"] = "https://keys.attacker.example";
            f["SandboxRemoteConfirmed"] = "true";
        }));

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", _store.Errors));
        Assert.That(ErrorOn(page, "ApiKey"), Is.EqualTo(Text("en-US", "RetypeKeysForAddress")));
        Assert.That(ErrorOn(page, "MerchantKey"), Is.EqualTo(Text("en-US", "RetypeKeysForAddress")));
        Assert.That(ErrorOn(page, "OfferInvoice"), Is.Null, "saving rules do not stop a connection test");
        _clients.Verify(c => c.Create(It.IsAny<EcsterClientOptions>()), Times.Never);
        Assert.That(AnythingSaved(), Is.False);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
