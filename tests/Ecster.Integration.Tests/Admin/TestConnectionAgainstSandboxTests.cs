using System.Net;
using System.Net.Sockets;
using Ecster.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Plugin.Payments.Ecster;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Plugin.Payments.Ecster.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Ecster.Integration.Tests.Admin;

/// <summary>
/// The admin's "Test connection" end to end: the controller, the plugin's EcsterClientProvider and the real client,
/// against the sandbox (right and wrong keys) and against a loopback port nobody listens on.
/// </summary>
public class TestConnectionAgainstSandboxTests
{
    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");

    private SandboxFixture _fixture = null!;
    private ServiceProvider _services = null!;
    private EcsterSettings _stored = null!;

    [SetUp]
    public async Task SetUp()
    {
        _fixture = await SandboxFixture.StartAsync();
        _stored = PluginServices.SandboxSettings(_fixture);
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(0)).ReturnsAsync(() => _stored);
        _services = PluginServices.Build(settingService);
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    private async Task<ConfigurationModel> TestAsync(ConnectionTestModel form)
    {
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(0);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => English.GetValueOrDefault(key, key));

        await using var scope = _services.CreateAsyncScope();
        var controller = new PaymentEcsterController(scope.ServiceProvider.GetRequiredService<ConnectionTester>(), localization.Object,
            new Mock<INotificationService>().Object, scope.ServiceProvider.GetRequiredService<ISettingService>(), storeContext.Object);
        // As the store's model binding does before the action: the form's validator, its errors in ModelState.
        var settings = scope.ServiceProvider.GetRequiredService<ISettingService>();
        foreach (var error in new ConnectionTestValidator(localization.Object, settings, storeContext.Object).Validate(form).Errors)
            controller.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        var view = (ViewResult)await controller.TestConnection(form);
        return (ConfigurationModel)view.Model!;
    }

    private ConnectionTestModel SandboxForm(Action<ConnectionTestModel>? change = null)
    {
        var form = new ConnectionTestModel { EnvironmentId = (int)EcsterEnvironment.Sandbox, SandboxBaseUrl = _fixture.Sandbox.BaseAddress.ToString() };
        change?.Invoke(form);
        return form;
    }

    [Test]
    public async Task Stored_sandbox_keys_connect_and_the_sandboxs_methods_are_named()
    {
        var model = await TestAsync(SandboxForm());

        Assert.That(model.ConnectionTest, Is.EqualTo(new ConnectionTestResultModel(true,
            string.Format(English["Plugins.Payments.Ecster.Admin.TestConnection.Ok"], "Betalning med faktura, Kontobetalning"))));
        Assert.That(_fixture.Sandbox.Inspector.RequestCount("/paymentmethods", "GET"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_wrong_typed_key_is_reported_as_a_wrong_key_without_showing_it()
    {
        var model = await TestAsync(SandboxForm(m => m.ApiKey = "not-the-sandbox-api-key"));

        Assert.That(model.ConnectionTest!.Succeeded, Is.False);
        Assert.That(model.ConnectionTest.Message, Does.StartWith(English["Plugins.Payments.Ecster.Admin.TestConnection.WrongKey"]));
        Assert.That(model.ConnectionTest.Message, Does.Not.Contain("not-the-sandbox-api-key").And.Not.Contain(_fixture.Sandbox.ApiKey));
        Assert.That(model.ApiKey, Is.Null);
        Assert.That(model.ApiKeyMasked, Is.EqualTo(SecretMask.Mask(_fixture.Sandbox.ApiKey)));
    }

    [Test]
    public async Task A_loopback_port_nobody_listens_on_is_reported_unreachable()
    {
        // Keys typed: stored keys never go to an address other than the one they were stored for.
        var model = await TestAsync(SandboxForm(m =>
        {
            m.SandboxBaseUrl = $"http://127.0.0.1:{ClosedPort()}/";
            m.ApiKey = _fixture.Sandbox.ApiKey;
            m.MerchantKey = _fixture.Sandbox.MerchantKey;
        }));

        Assert.That(model.ConnectionTest!.Succeeded, Is.False);
        Assert.That(model.ConnectionTest.Message, Does.StartWith(English["Plugins.Payments.Ecster.Admin.TestConnection.Unreachable"]));
        Assert.That(_fixture.Sandbox.Inspector.TotalRequests, Is.Zero);
    }

    /// <summary>A port the system just handed out and nobody listens on any more.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
