using Ecster.Client;
using FluentValidation;
using Moq;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>
/// Each rule of the form, named by the field it marks and the text it shows: the save validator, and the connection
/// validator "Test connection" gets, over the settings stored for the admin's store scope.
/// </summary>
public class ConfigurationValidatorTests
{
    private sealed record ConfigurationError(string Field, string ResourceKey);

    /// <summary>Runs a validator as a store would, with texts that are their resource keys, for the store scope 4.</summary>
    private static List<ConfigurationError> Run<TModel>(Func<ILocalizationService, ISettingService, IStoreContext, IValidator<TModel>> validator,
        TModel model, EcsterSettings stored)
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        var settings = new Mock<ISettingService>(MockBehavior.Strict);
        settings.Setup(s => s.LoadSettingAsync<EcsterSettings>(4)).ReturnsAsync(stored);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(4);

        return validator(localization.Object, settings.Object, storeContext.Object).Validate(model).Errors
            .Select(e => new ConfigurationError(e.PropertyName, e.ErrorMessage)).ToList();
    }

    private static List<ConfigurationError> ForSave(ConfigurationModel model, EcsterSettings stored) =>
        Run((l, s, c) => new ConfigurationValidator(l, s, c), model, stored);

    private static List<ConfigurationError> ForConnection(ConnectionTestModel model, EcsterSettings stored) =>
        Run((l, s, c) => new ConnectionTestValidator(l, s, c), model, stored);

    /// <summary>Keys stored for the sandbox the valid form points at.</summary>
    private static readonly EcsterSettings WithKeys = new()
    {
        Environment = EcsterEnvironment.Sandbox, SandboxBaseUrl = "http://127.0.0.1:5080", ApiKey = "api-key-123456", MerchantKey = "merchant-key-123456"
    };

    private static ConfigurationModel Valid() => Valid<ConfigurationModel>();

    private static TModel Valid<TModel>() where TModel : ConfigurationModel, new() => new()
    {
        EnvironmentId = (int)EcsterEnvironment.Sandbox,
        SandboxBaseUrl = "http://127.0.0.1:5080",
        OfferInvoice = true,
        CaptureModeId = (int)EcsterCaptureMode.OnAdminCapture,
        ProductWidgetEnabled = true,
        ProductWidgetZone = "product_price_bottom"
    };

    private static IEnumerable<TestCaseData> Breaches()
    {
        TestCaseData Case(string name, Action<ConfigurationModel> breach, string field, string rule) =>
            new TestCaseData(breach, field, "Plugins.Payments.Ecster.Admin.Validation." + rule).SetName(name);

        yield return Case("Negative minimum", m => m.MinOrderTotal = -1m, "MinOrderTotal", "NotNegative");
        yield return Case("Negative maximum", m => m.MaxOrderTotal = -0.01m, "MaxOrderTotal", "NotNegative");
        yield return Case("Minimum above maximum", m => { m.MinOrderTotal = 10m; m.MaxOrderTotal = 9.99m; }, "MaxOrderTotal", "MinAboveMax");
        yield return Case("Negative widget price", m => m.WidgetMinPrice = -5m, "WidgetMinPrice", "NotNegative");
        yield return Case("Unknown environment", m => m.EnvironmentId = 7, "EnvironmentId", "UnknownEnvironment");
        yield return Case("Relative sandbox URL", m => m.SandboxBaseUrl = "/sandbox", "SandboxBaseUrl", "SandboxUrl");
        yield return Case("Sandbox URL not http", m => m.SandboxBaseUrl = "ftp://127.0.0.1/", "SandboxBaseUrl", "SandboxUrl");
        yield return Case("Sandbox URL with credentials", m => m.SandboxBaseUrl = "http://user:pw@127.0.0.1:5080", "SandboxBaseUrl", "SandboxUrl");
        yield return Case("Empty sandbox URL", m => m.SandboxBaseUrl = " ", "SandboxBaseUrl", "SandboxUrl");
        yield return Case("Remote sandbox not confirmed", m => m.SandboxBaseUrl = "http://sandbox.example:5080", "SandboxBaseUrl", "SandboxNotLoopback");
        yield return Case("No method offered", m => m.OfferInvoice = false, "OfferInvoice", "NoMethodOffered");
        yield return Case("Unknown capture mode", m => m.CaptureModeId = 5, "CaptureModeId", "UnknownCaptureMode");
        yield return Case("Widget zone with spaces", m => m.ProductWidgetZone = "product price", "ProductWidgetZone", "WidgetZone");
        yield return Case("Widget on without zone", m => m.ProductWidgetZone = "", "ProductWidgetZone", "WidgetZone");
        yield return Case("Key with a space", m => m.ApiKey = "two words", "ApiKey", "KeyFormat");
        yield return Case("Overlong key", m => m.MerchantKey = new string('k', 257), "MerchantKey", "KeyFormat");
    }

    [Test]
    public void A_valid_form_passes()
    {
        Assert.That(ForSave(Valid(), WithKeys), Is.Empty);
    }

    [TestCaseSource(nameof(Breaches))]
    public void Each_rule_marks_its_field_with_a_text_in_both_languages(Action<ConfigurationModel> breach, string field, string resourceKey)
    {
        var model = Valid();
        breach(model);

        var errors = ForSave(model, WithKeys);

        Assert.That(errors, Is.EqualTo(new[] { new ConfigurationError(field, resourceKey) }));
        Assert.That(EcsterLocaleResources.ForCulture("en-US"), Does.ContainKey(resourceKey));
        Assert.That(EcsterLocaleResources.ForCulture("sv-SE"), Does.ContainKey(resourceKey));
    }

    [Test]
    public void A_remote_sandbox_is_accepted_once_confirmed_and_loopback_addresses_need_no_confirmation()
    {
        var remote = Valid();
        remote.SandboxBaseUrl = "https://sandbox.example";
        remote.SandboxRemoteConfirmed = true;
        remote.ApiKey = "typed-api-key";
        remote.MerchantKey = "typed-merchant-key";
        Assert.That(ForSave(remote, WithKeys), Is.Empty);

        foreach (var loopback in new[] { "http://localhost:5080", "http://[::1]:5080", "http://127.0.0.2/" })
        {
            var model = Valid();
            model.SandboxBaseUrl = loopback;
            model.ApiKey = "typed-api-key";
            model.MerchantKey = "typed-merchant-key";
            Assert.That(ForSave(model, WithKeys), Is.Empty, loopback);
        }
    }

    private static IEnumerable<TestCaseData> KeyDestinations()
    {
        EcsterSettings Stored(EcsterEnvironment environment, string sandbox = "http://127.0.0.1:5080") =>
            new() { Environment = environment, SandboxBaseUrl = sandbox, ApiKey = "stored-api-key-1", MerchantKey = "stored-merchant-key-1" };
        TestCaseData Case(string name, EcsterSettings stored, EcsterEnvironment to, string? sandbox, bool storedKeysMayGo) =>
            new TestCaseData(stored, to, sandbox, storedKeysMayGo).SetName(name);

        yield return Case("Production keys to a remote sandbox need typing", Stored(EcsterEnvironment.Production), EcsterEnvironment.Sandbox, "https://evil.example", false);
        yield return Case("Production keys to a local sandbox need typing", Stored(EcsterEnvironment.Production), EcsterEnvironment.Sandbox, "http://127.0.0.1:5080", false);
        yield return Case("Test keys to another sandbox need typing", Stored(EcsterEnvironment.Test), EcsterEnvironment.Sandbox, "http://127.0.0.1:5099", false);
        yield return Case("Sandbox keys to another port need typing", Stored(EcsterEnvironment.Sandbox), EcsterEnvironment.Sandbox, "http://127.0.0.1:5099", false);
        yield return Case("Sandbox keys to the same sandbox go", Stored(EcsterEnvironment.Sandbox), EcsterEnvironment.Sandbox, "http://127.0.0.1:5080/", true);
        yield return Case("Test keys to Ecster's production go", Stored(EcsterEnvironment.Test), EcsterEnvironment.Production, null, true);
        yield return Case("Sandbox keys to Ecster's test go", Stored(EcsterEnvironment.Sandbox, "https://evil.example"), EcsterEnvironment.Test, null, true);
        yield return Case("A sandbox address that is Ecster's own host is Ecster", Stored(EcsterEnvironment.Production), EcsterEnvironment.Sandbox, "https://secure.ecster.se", true);
    }

    [TestCaseSource(nameof(KeyDestinations))]
    public void Stored_keys_go_only_to_Ecster_or_where_they_were_stored_for(EcsterSettings stored, EcsterEnvironment to, string? sandbox, bool storedKeysMayGo)
    {
        var model = Valid<ConnectionTestModel>();
        model.EnvironmentId = (int)to;
        model.SandboxBaseUrl = sandbox;
        model.SandboxRemoteConfirmed = true;

        var retype = ForConnection(model, stored).Where(e => e.ResourceKey.EndsWith("RetypeKeysForAddress")).Select(e => e.Field);
        Assert.That(retype, storedKeysMayGo ? Is.Empty : Is.EquivalentTo(new[] { "ApiKey", "MerchantKey" }));

        model.ApiKey = "typed-api-key";
        model.MerchantKey = "typed-merchant-key";
        Assert.That(ForConnection(model, stored), Is.Empty, "typed keys go wherever the admin points them");
    }

    [Test]
    public void The_sandbox_url_is_not_checked_outside_the_sandbox()
    {
        var model = Valid();
        model.EnvironmentId = (int)EcsterEnvironment.Test;
        model.SandboxBaseUrl = "";
        Assert.That(ForSave(model, WithKeys), Is.Empty);
    }

    [TestCase(EcsterEnvironment.Production)]
    [TestCase(EcsterEnvironment.Test)]
    public void Ecsters_environments_need_both_keys_typed_or_stored(EcsterEnvironment environment)
    {
        var model = Valid();
        model.EnvironmentId = (int)environment;
        var none = new EcsterSettings { ApiKey = "", MerchantKey = "" };

        Assert.That(ForSave(model, none).Select(e => e.Field), Is.EquivalentTo(new[] { "ApiKey", "MerchantKey" }));
        model.ApiKey = "typed-api-key";
        model.MerchantKey = "typed-merchant-key";
        Assert.That(ForSave(model, none), Is.Empty);
        Assert.That(ForSave(Valid() with { EnvironmentId = (int)environment }, WithKeys), Is.Empty);
    }

    [Test]
    public void The_sandbox_may_be_saved_before_it_has_keys()
    {
        Assert.That(ForSave(Valid(), new EcsterSettings { ApiKey = "", MerchantKey = "" }), Is.Empty);
    }

    [Test]
    public void Zero_means_no_limit_so_a_minimum_with_no_maximum_is_fine()
    {
        var model = Valid();
        model.MinOrderTotal = 1_000m;
        model.MaxOrderTotal = 0m;
        Assert.That(ForSave(model, WithKeys), Is.Empty);
    }

    [Test]
    public void Test_connection_checks_only_what_a_connection_needs()
    {
        var unfinished = Valid<ConnectionTestModel>();
        unfinished.EnvironmentId = (int)EcsterEnvironment.Production;
        unfinished.OfferInvoice = false;
        unfinished.MinOrderTotal = -1m;
        unfinished.ProductWidgetZone = "not a zone";
        var none = new EcsterSettings { ApiKey = "", MerchantKey = "" };

        Assert.That(ForConnection(unfinished, none), Is.Empty, "an unfinished form that is not saved can still be tried");
        Assert.That(ForSave(unfinished, none).Select(e => e.ResourceKey.Split('.').Last()), Is.EquivalentTo(new[]
        {
            "ApiKeyRequired", "MerchantKeyRequired", "NoMethodOffered", "NotNegative", "WidgetZone"
        }));
    }
}
