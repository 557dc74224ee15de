using Ecster.Client;
using Ecster.Client.Models;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Newtonsoft.Json;
using Nop.Plugin.Payments.Ecster.Models.Admin;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>
/// "Test connection" with a scripted client: which keys it uses, and how each Ecster answer becomes plain words.
/// The same cases against the real client and sandbox are in Ecster.Integration.Tests/Admin.
/// </summary>
public class TestConnectionTests
{
    private static ConnectionTestModel Form(Action<ConnectionTestModel>? change = null)
    {
        var model = new ConnectionTestModel { EnvironmentId = (int)EcsterEnvironment.Test, OfferInvoice = true };
        change?.Invoke(model);
        return model;
    }

    private static async Task<(ConfigurationModel Model, bool Valid)> TestAsync(AdminTestContext context, ConnectionTestModel form)
    {
        var controller = context.Controller();
        var view = (ViewResult)await context.TestConnectionAsync(form, controller);
        return ((ConfigurationModel)view.Model!, controller.ModelState.IsValid);
    }

    [Test]
    public async Task Ok_lists_Ecsters_methods_by_name()
    {
        var context = new AdminTestContext();
        context.Client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PaymentMethodList
        {
            PaymentMethods = [new() { Name = "INVOICE", Description = "Faktura" }, new() { Name = "ACCOUNT", Description = null }]
        });

        var (model, _) = await TestAsync(context, Form());

        Assert.That(model.ConnectionTest, Is.EqualTo(new ConnectionTestResultModel(true,
            string.Format(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection.Ok"), "Faktura, ACCOUNT"))));
        Assert.That(context.CreatedClients.Single().ApiKey, Is.EqualTo(AdminTestContext.StoredApiKey), "empty inputs test the stored keys");
        Assert.That(context.AnythingSaved(), Is.False, "a test saves nothing");
    }

    [Test]
    public async Task Typed_keys_and_environment_are_tested_unsaved_and_never_sent_back()
    {
        var context = new AdminTestContext();
        context.Client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PaymentMethodList());
        var controller = context.Controller();

        var view = (ViewResult)await context.TestConnectionAsync(Form(m =>
        {
            m.EnvironmentId = (int)EcsterEnvironment.Sandbox;
            m.SandboxBaseUrl = "http://127.0.0.1:5999";
            m.ApiKey = "typed-api-key-27182";
            m.MerchantKey = "typed-merchant-key-31415";
        }), controller);

        var options = context.CreatedClients.Single();
        Assert.That(options.Environment, Is.EqualTo(EcsterEnvironment.Sandbox));
        Assert.That(options.SandboxBaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:5999")));
        Assert.That(options.ApiKey, Is.EqualTo("typed-api-key-27182"));
        Assert.That(options.MerchantKey, Is.EqualTo("typed-merchant-key-31415"));
        var model = (ConfigurationModel)view.Model!;
        Assert.That(model.ConnectionTest!.Message, Does.EndWith(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection.KeysNotSaved")));
        Assert.That(model.MerchantKey, Is.Null);
        Assert.That(controller.ModelState["MerchantKey"]?.AttemptedValue, Is.Null);
        Assert.That(JsonConvert.SerializeObject(model), Does.Not.Contain("typed-merchant").And.Not.Contain("typed-api").And.Not.Contain("stored-api-key"));
        Assert.That(context.AnythingSaved(), Is.False);
    }

    [TestCase(EcsterEnvironment.Production, "https://keys.attacker.example")]
    [TestCase(EcsterEnvironment.Production, "http://127.0.0.1:5080")]
    [TestCase(EcsterEnvironment.Test, "http://10.0.0.8:5080")]
    public async Task Stored_keys_are_never_tested_against_another_host_than_Ecsters_or_their_own(EcsterEnvironment storedFor, string sandbox)
    {
        var context = new AdminTestContext();
        context.Stored.Environment = storedFor;

        var (model, valid) = await TestAsync(context, Form(m =>
        {
            m.EnvironmentId = (int)EcsterEnvironment.Sandbox;
            m.SandboxBaseUrl = sandbox;
            m.SandboxRemoteConfirmed = true;
        }));

        Assert.That(context.CreatedClients, Is.Empty, "no client, so no request carried the stored keys anywhere");
        Assert.That(valid, Is.False);
        Assert.That(model.ConnectionTest, Is.Null);
    }

    [Test]
    public async Task Stored_keys_still_test_against_Ecsters_other_environment()
    {
        var context = new AdminTestContext();
        context.Client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>())).ReturnsAsync(new PaymentMethodList());

        await TestAsync(context, Form(m => m.EnvironmentId = (int)EcsterEnvironment.Production));

        Assert.That(context.CreatedClients.Single().BaseUrl, Is.EqualTo(EcsterClientOptions.ProductionBaseUrl));
        Assert.That(context.CreatedClients.Single().ApiKey, Is.EqualTo(AdminTestContext.StoredApiKey));
    }

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new EcsterApiException(EcsterErrorKind.Authentication, "GetPaymentMethods", 401), "WrongKey").SetName("401 is a wrong key");
        yield return new TestCaseData(new EcsterApiException(EcsterErrorKind.Transient, "GetPaymentMethods", 503), "Unreachable").SetName("503 is unreachable");
        yield return new TestCaseData(new EcsterApiException(EcsterErrorKind.Transient, "GetPaymentMethods"), "Unreachable").SetName("No answer is unreachable");
        yield return new TestCaseData(new HttpRequestException("refused"), "Unreachable").SetName("A socket error is unreachable");
        yield return new TestCaseData(new OperationCanceledException(), "Unreachable").SetName("Our time limit is unreachable");
    }

    [TestCaseSource(nameof(Failures))]
    public async Task Failures_are_told_in_plain_words(Exception failure, string outcome)
    {
        var context = new AdminTestContext();
        context.Client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);

        var (model, _) = await TestAsync(context, Form());

        Assert.That(model.ConnectionTest, Is.EqualTo(new ConnectionTestResultModel(false,
            AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection." + outcome))));
    }

    [Test]
    public async Task Another_Ecster_error_names_its_http_status_only()
    {
        var context = new AdminTestContext();
        context.Client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new EcsterApiException(EcsterErrorKind.InvalidRequest, "GetPaymentMethods", 400, ecsterMessage: "detail"));

        var (model, _) = await TestAsync(context, Form());

        Assert.That(model.ConnectionTest!.Message, Is.EqualTo(string.Format(
            AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection.UnexpectedAnswer"), 400)));
    }

    [Test]
    public async Task Without_any_key_it_asks_for_keys_and_calls_nobody()
    {
        var context = new AdminTestContext();
        context.Stored.ApiKey = "";

        var (model, _) = await TestAsync(context, Form());

        Assert.That(model.ConnectionTest!.Message, Is.EqualTo(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection.NoKeys")));
        Assert.That(context.CreatedClients, Is.Empty);
    }

    [Test]
    public async Task An_invalid_sandbox_address_is_marked_and_not_called()
    {
        var context = new AdminTestContext();

        var (model, valid) = await TestAsync(context, Form(m => { m.EnvironmentId = (int)EcsterEnvironment.Sandbox; m.SandboxBaseUrl = "http://10.0.0.8:5080"; }));

        Assert.That(valid, Is.False);
        Assert.That(model.ConnectionTest, Is.Null);
        Assert.That(context.CreatedClients, Is.Empty, "the keys are not sent to a host the admin did not confirm");
    }

    [Test]
    public async Task A_test_that_skipped_validation_still_never_sends_stored_keys_to_another_host()
    {
        var context = new AdminTestContext();
        context.Stored.Environment = EcsterEnvironment.Production;

        // Straight to the action, as a host that did not run the validators would call it.
        var view = (ViewResult)await context.Controller().TestConnection(Form(m =>
        {
            m.EnvironmentId = (int)EcsterEnvironment.Sandbox;
            m.SandboxBaseUrl = "https://keys.attacker.example";
            m.SandboxRemoteConfirmed = true;
        }));

        Assert.That(context.CreatedClients, Is.Empty, "no client was made with the stored keys");
        Assert.That(((ConfigurationModel)view.Model!).ConnectionTest!.Message,
            Is.EqualTo(AdminTestContext.Text("Plugins.Payments.Ecster.Admin.TestConnection.NoKeys")));
        Assert.That(context.Stored.ApiKey, Is.EqualTo(AdminTestContext.StoredApiKey), "the stored settings are untouched");
    }
}
