using System.Linq.Expressions;
using Ecster.Client;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Plugin.Payments.Ecster.Controllers;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Services;
using Nop.Plugin.Payments.Ecster.Services.Admin;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Validators;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>
/// The configuration controller over mocked nopCommerce services: settings stored per scope, the plugin's own
/// English texts, and an Ecster client factory whose client the test scripts.
/// </summary>
internal sealed class AdminTestContext
{
    public const string StoredApiKey = "stored-api-key-0001-9876";
    public const string StoredMerchantKey = "stored-merchant-key-0002-5432";

    private static readonly IReadOnlyDictionary<string, string> English = EcsterLocaleResources.ForCulture("en-US");

    public Mock<ISettingService> Settings { get; } = new();
    public Mock<IStoreContext> StoreContext { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<INotificationService> Notifications { get; } = new();
    public Mock<IEcsterClientFactory> ClientFactory { get; } = new();
    public Mock<IEcsterClient> Client { get; } = new();

    /// <summary>Options of every client the controller had made, to see which keys it used.</summary>
    public List<EcsterClientOptions> CreatedClients { get; } = [];

    public EcsterSettings Stored { get; } = new()
    {
        Environment = EcsterEnvironment.Test,
        ApiKey = StoredApiKey,
        MerchantKey = StoredMerchantKey,
        MinOrderTotal = 100m,
        MaxOrderTotal = 50_000m
    };

    public AdminTestContext(int storeScope = 0)
    {
        StoreContext.Setup(s => s.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(storeScope);
        Settings.Setup(s => s.LoadSettingAsync<EcsterSettings>(storeScope)).ReturnsAsync(() => Stored);
        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => English.TryGetValue(key, out var text) ? text : key);
        ClientFactory.Setup(f => f.Create(It.IsAny<EcsterClientOptions>()))
            .Callback<EcsterClientOptions>(CreatedClients.Add)
            .Returns(Client.Object);
    }

    public static string Text(string key) => English[key];

    public PaymentEcsterController Controller() => new(
        new ConnectionTester(new EcsterClientProvider(ClientFactory.Object, Settings.Object)),
        Localization.Object, Notifications.Object, Settings.Object, StoreContext.Object);

    public ConfigurationValidator SaveValidator() => new(Localization.Object, Settings.Object, StoreContext.Object);

    public ConnectionTestValidator ConnectionValidator() => new(Localization.Object, Settings.Object, StoreContext.Object);

    /// <summary>Posts the form to Configure as nopCommerce's MVC does: the model's validator first, its errors in ModelState.</summary>
    public Task<IActionResult> PostAsync(ConfigurationModel model, PaymentEcsterController? controller = null)
    {
        controller ??= Controller();
        Validate(controller, SaveValidator(), model);
        return controller.Configure(model);
    }

    /// <summary>Posts the form to TestConnection, validated as nopCommerce's MVC validates it.</summary>
    public Task<IActionResult> TestConnectionAsync(ConnectionTestModel model, PaymentEcsterController? controller = null)
    {
        controller ??= Controller();
        Validate(controller, ConnectionValidator(), model);
        return controller.TestConnection(model);
    }

    private static void Validate<TModel>(Controller controller, IValidator<TModel> validator, TModel model)
    {
        foreach (var error in validator.Validate(model).Errors)
            controller.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
    }

    /// <summary>The settings object each SaveSettingOverridablePerStoreAsync call saved, by property name.</summary>
    public IReadOnlyDictionary<string, (EcsterSettings Settings, bool OverrideForStore, int StoreId)> Saves() =>
        Settings.Invocations
            .Where(i => i.Method.Name == nameof(ISettingService.SaveSettingOverridablePerStoreAsync))
            .ToDictionary(
                i => ((MemberExpression)((LambdaExpression)i.Arguments[1]).Body).Member.Name,
                i => ((EcsterSettings)i.Arguments[0], (bool)i.Arguments[2], (int)i.Arguments[3]));

    public bool AnythingSaved() => Settings.Invocations.Any(i => i.Method.Name.StartsWith("Save", StringComparison.Ordinal));
}
