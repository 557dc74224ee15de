using Nop.Plugin.Payments.Ecster.Services.Terms;
using Nop.Plugin.Payments.Ecster.Services;
using Microsoft.Extensions.DependencyInjection;
using Ecster.Client;
using Ecster.Client.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Core.Events;
using Nop.Plugin.Payments.Ecster.Services.Api;
using Nop.Plugin.Payments.Ecster.Services.Availability;
using Nop.Services.Configuration;
using Nop.Services.Directory;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Tests.Admin;

/// <summary>When checkout offers Ecster: each reason to hide it, and that Ecster's answer is cached per store.</summary>
public class AvailabilityTests
{
    private const int StoreId = 4;

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private Mock<IEcsterClient> _client = null!;
    private Mock<IWorkContext> _workContext = null!;
    private Mock<IOrderTotalCalculationService> _totals = null!;
    private Mock<IStoreContext> _storeContext = null!;
    private Mock<ISettingService> _settingService = null!;
    private Mock<ICurrencyService> _currencies = null!;
    private PaymentMethodsCache _cache = null!;
    private EcsterSettings _settings = null!;
    private readonly IList<ShoppingCartItem> _cart = [new ShoppingCartItem()];

    private static PaymentMethod Method(string name) => new() { Name = name };

    [SetUp]
    public void SetUp()
    {
        _settings = new EcsterSettings { ApiKey = "api-key-for-tests", MerchantKey = "merchant-key-for-tests" };
        _settingService = new Mock<ISettingService>();
        _settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(StoreId)).ReturnsAsync(() => _settings);
        _storeContext = new Mock<IStoreContext>();
        _storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = StoreId });
        _workContext = new Mock<IWorkContext>();
        _workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(new Currency { CurrencyCode = "SEK" });
        _currencies = new Mock<ICurrencyService>();
        _currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(It.IsAny<decimal>(), It.IsAny<Currency>())).ReturnsAsync((decimal amount, Currency _) => amount);
        _totals = new Mock<IOrderTotalCalculationService>();
        CartTotal(1_000m);
        _client = new Mock<IEcsterClient>();
        EcsterOffers(Method("INVOICE"), Method("PARTPAYMENT"));
        _cache = new PaymentMethodsCache(new MemoryStaticCache(), Mock.Of<Nop.Services.Logging.ILogger>(), _clock);
    }

    private void CartTotal(decimal? total) =>
        _totals.Setup(t => t.GetShoppingCartTotalAsync(_cart, null, true))
            .ReturnsAsync((total, 0m, new List<Discount>(), new List<AppliedGiftCard>(), 0, 0m));

    private void EcsterOffers(params PaymentMethod[] methods) =>
        _client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new PaymentMethodList { PaymentMethods = methods.ToList() });

    private int EcsterCalls => _client.Invocations.Count(i => i.Method.Name == nameof(IEcsterClient.GetPaymentMethodsAsync));

    private EcsterAvailability Availability()
    {
        var factory = new Mock<IEcsterClientFactory>();
        factory.Setup(f => f.Create(It.IsAny<EcsterClientOptions>())).Returns(_client.Object);
        return new EcsterAvailability(_cache, new EcsterClientProvider(factory.Object, _settingService.Object), _currencies.Object,
            _totals.Object, _settingService.Object, _storeContext.Object, _workContext.Object);
    }

    [Test]
    public async Task Shown_for_a_configured_store_a_SEK_cart_and_a_total_an_offered_method_covers()
    {
        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
        Assert.That(await Availability().IsHiddenAsync(_cart), Is.False);
    }

    [TestCase("", "merchant")]
    [TestCase("api", " ")]
    public async Task Hidden_while_the_store_has_no_keys(string apiKey, string merchantKey)
    {
        _settings.ApiKey = apiKey;
        _settings.MerchantKey = merchantKey;

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.NotConfigured));
        Assert.That(await Availability().IsHiddenAsync(_cart), Is.True);
        Assert.That(EcsterCalls, Is.Zero);
    }

    [Test]
    public async Task Hidden_when_the_shopper_pays_in_another_currency()
    {
        _workContext.Setup(w => w.GetWorkingCurrencyAsync()).ReturnsAsync(new Currency { CurrencyCode = "EUR" });

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.CurrencyNotSek));
        Assert.That(EcsterCalls, Is.Zero);
    }

    [TestCase(499.99, 500, 0)]
    [TestCase(2_000.01, 0, 2_000)]
    public async Task Hidden_outside_the_shops_own_limits(decimal total, decimal min, decimal max)
    {
        _settings.MinOrderTotal = min;
        _settings.MaxOrderTotal = max;
        CartTotal(total);

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.OutsideShopLimits));
        Assert.That(EcsterCalls, Is.Zero);
    }

    [Test]
    public async Task The_shops_limits_are_inclusive()
    {
        _settings.MinOrderTotal = 1_000m;
        _settings.MaxOrderTotal = 1_000m;

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
    }

    [Test]
    public async Task The_limits_apply_to_the_total_in_SEK_not_in_the_primary_currency()
    {
        CartTotal(100m); // e.g. 100 EUR as the store's primary currency
        _currencies.Setup(c => c.ConvertFromPrimaryStoreCurrencyAsync(100m, It.Is<Currency>(x => x.CurrencyCode == "SEK"))).ReturnsAsync(1_150m);
        _settings.MinOrderTotal = 1_000m;

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
    }

    [Test]
    public async Task Hidden_when_the_shop_offers_no_Ecster_method()
    {
        _settings.OfferInvoice = _settings.OfferPartPayment = _settings.OfferAccount = false;

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.NoMethodOffered));
    }

    [Test]
    public async Task Hidden_when_Ecster_lists_none_of_the_offered_methods()
    {
        _settings.OfferInvoice = false;
        EcsterOffers(Method("INVOICE"));

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.OfferedMethodsNotAtEcster));
    }

    [TestCase(50)]
    [TestCase(100_000.01)]
    public async Task Ecsters_methods_are_asked_with_one_fixed_amount_and_the_cart_total_is_left_to_its_payment_options(decimal total)
    {
        CartTotal(total);

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
        _client.Verify(c => c.GetPaymentMethodsAsync(
            It.Is<PaymentMethodsQuery?>(q => q != null && q.Amount == 1_000m && !q.InPerson), It.IsAny<CancellationToken>()));
    }

    [Test]
    public async Task A_total_nopCommerce_cannot_compute_yet_does_not_hide_the_method()
    {
        CartTotal(null);

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
    }

    [Test]
    public async Task Hidden_when_Ecster_cannot_be_reached()
    {
        _client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new EcsterApiException(EcsterErrorKind.Transient, "GetPaymentMethods"));

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.EcsterUnreachable));
    }

    [Test]
    public async Task Hidden_when_Ecster_refuses_the_keys()
    {
        _client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new EcsterApiException(EcsterErrorKind.Authentication, "GetPaymentMethods", 401));

        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.EcsterUnreachable));
    }

    [Test]
    public async Task Many_checks_ask_Ecster_once_until_the_answer_expires()
    {
        for (var page = 0; page < 50; page++)
            Assert.That(await Availability().IsHiddenAsync(_cart), Is.False);
        Assert.That(EcsterCalls, Is.EqualTo(1));

        _clock.Advance(EcsterDefaults.AvailabilityFreshFor - TimeSpan.FromSeconds(1));
        await Availability().IsHiddenAsync(_cart);
        Assert.That(EcsterCalls, Is.EqualTo(1));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await Availability().IsHiddenAsync(_cart);
        Assert.That(EcsterCalls, Is.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_checks_share_one_request()
    {
        var answer = new TaskCompletionSource<PaymentMethodList>();
        _client.Setup(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>())).Returns(answer.Task);

        var checks = Enumerable.Range(0, 20).Select(_ => Availability().IsHiddenAsync(_cart)).ToList();
        answer.SetResult(new PaymentMethodList { PaymentMethods = [Method("INVOICE")] });

        Assert.That(await Task.WhenAll(checks), Is.All.False);
        Assert.That(EcsterCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_failure_is_remembered_briefly_then_Ecster_is_asked_again()
    {
        _client.SetupSequence(c => c.GetPaymentMethodsAsync(It.IsAny<PaymentMethodsQuery?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new EcsterApiException(EcsterErrorKind.Transient, "GetPaymentMethods"))
            .ReturnsAsync(new PaymentMethodList { PaymentMethods = [Method("INVOICE")] });

        for (var page = 0; page < 10; page++)
            Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.EcsterUnreachable));
        Assert.That(EcsterCalls, Is.EqualTo(1));

        _clock.Advance(EcsterDefaults.AvailabilityRetryAfterFailure);
        Assert.That(await Availability().WhyHiddenAsync(_cart), Is.EqualTo(HiddenReason.None));
        Assert.That(EcsterCalls, Is.EqualTo(2));
    }

    [Test]
    public async Task Each_store_has_its_own_answer()
    {
        await Availability().IsHiddenAsync(_cart);
        _storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = StoreId + 1 });
        _settingService.Setup(s => s.LoadSettingAsync<EcsterSettings>(StoreId + 1)).ReturnsAsync(_settings);

        await Availability().IsHiddenAsync(_cart);

        Assert.That(EcsterCalls, Is.EqualTo(2));
    }

    private EcsterSettingsChangedConsumer SettingsConsumer() => new(_cache,
        new TermsCache(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>()));

    [TestCase(StoreId)]
    [TestCase(0)]
    public async Task Saving_the_stores_or_the_shared_Ecster_settings_drops_the_cached_answer(int settingStoreId)
    {
        await Availability().IsHiddenAsync(_cart);
        var consumer = SettingsConsumer();

        await consumer.HandleEventAsync(new EntityUpdatedEvent<Setting>(new Setting("ecstersettings.apikey", "x", settingStoreId)));
        await Availability().IsHiddenAsync(_cart);

        Assert.That(EcsterCalls, Is.EqualTo(2));
    }

    [Test]
    public async Task Other_settings_and_other_stores_keep_the_cached_answer()
    {
        await Availability().IsHiddenAsync(_cart);
        var consumer = SettingsConsumer();

        await consumer.HandleEventAsync(new EntityInsertedEvent<Setting>(new Setting("paymentsettings.activepaymentmethodsystemnames", "x", StoreId)));
        await consumer.HandleEventAsync(new EntityDeletedEvent<Setting>(new Setting("ecstersettings.apikey", "x", StoreId + 1)));
        await Availability().IsHiddenAsync(_cart);

        Assert.That(EcsterCalls, Is.EqualTo(1));
    }

    [Test]
    public async Task Removing_a_stores_own_key_drops_its_answer_too()
    {
        await Availability().IsHiddenAsync(_cart);

        await SettingsConsumer().HandleEventAsync(new EntityDeletedEvent<Setting>(new Setting("EcsterSettings.ApiKey", "x", StoreId)));
        await Availability().IsHiddenAsync(_cart);

        Assert.That(EcsterCalls, Is.EqualTo(2));
    }
}
