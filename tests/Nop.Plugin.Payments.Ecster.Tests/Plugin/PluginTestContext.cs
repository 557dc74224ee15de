using Moq;
using Nop.Core;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Payments;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.ScheduleTasks;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Plugin.Payments.Ecster.Services.BackOffice;
using Nop.Plugin.Payments.Ecster.Services.Checkout;

namespace Nop.Plugin.Payments.Ecster.Tests.Plugin;

/// <summary>The plugin class wired to mocked nopCommerce services, with a store that speaks English and Swedish.</summary>
internal sealed class PluginTestContext
{
    public const int EnglishId = 1;
    public const int SwedishId = 2;

    public Mock<ILanguageService> Languages { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();
    public Mock<ISettingService> Settings { get; } = new();
    public Mock<IScheduleTaskService> ScheduleTasks { get; } = new();
    public Mock<ICheckoutPayments> Checkout { get; } = new();
    public Mock<IMoneyMovements> MoneyMovements { get; } = new();
    public Mock<IPaymentAvailability> Availability { get; } = new();
    public EcsterSettings EcsterSettings { get; } = new();
    public Mock<IWebHelper> WebHelper { get; } = new();
    public PaymentSettings PaymentSettings { get; } = new();
    public WidgetSettings WidgetSettings { get; } = new();

    /// <summary>Every dictionary passed to AddOrUpdateLocaleResourceAsync, by language id.</summary>
    public Dictionary<int, IDictionary<string, string>> AddedResources { get; } = new();

    public PluginTestContext()
    {
        Languages.Setup(l => l.GetAllLanguagesAsync(It.IsAny<bool>(), It.IsAny<int>()))
            .ReturnsAsync(new List<Language>
            {
                new() { Id = EnglishId, Name = "English", LanguageCulture = "en-US" },
                new() { Id = SwedishId, Name = "Svenska", LanguageCulture = "sv-SE" }
            });
        Localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), It.IsAny<int?>()))
            .Callback<IDictionary<string, string>, int?>((resources, languageId) => AddedResources[languageId ?? -1] = resources)
            .Returns(Task.CompletedTask);
        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text:" + key);
        WebHelper.Setup(w => w.GetStoreLocation(It.IsAny<bool?>())).Returns("https://shop.example/");
    }

    public EcsterPaymentMethod CreatePlugin() => new(
        Checkout.Object, EcsterSettings, Languages.Object, Localization.Object, MoneyMovements.Object, Availability.Object,
        ScheduleTasks.Object, Settings.Object, WebHelper.Object,
        PaymentSettings, WidgetSettings);
}
